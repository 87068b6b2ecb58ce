/** Types of build-cli.mjs (plain JavaScript so node runs it without a TypeScript loader). */
export declare const OUT_DIR: string;
export declare const CLI_ENTRY: string;
export declare function cliBuildIsStale(): boolean;
export declare function buildCli(): Promise<void>;
