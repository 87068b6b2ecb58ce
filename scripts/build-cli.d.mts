/** Types of build-cli.mjs (plain JavaScript so node runs it without a TypeScript loader). */
export declare const OUT_DIR: string;
export declare const CLI_ENTRY: string;
/** The command line's and the engine workers' entries (name: source path). */
export declare const CLI_ENTRIES: Readonly<Record<string, string>>;
export declare function cliBuildIsStale(): boolean;
export declare function buildCli(): Promise<void>;
