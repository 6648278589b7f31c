export * from './AggregatePanel.types';
export * from './excelAggregateHost';
export * from './renderAggregate';
