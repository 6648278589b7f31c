export * from './AggregatePanel.types';
export * from './renderAggregate';
