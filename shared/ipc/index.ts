export * from './contract';
export * from './api';
