export declare const cockpitDir: string;
export declare const cockpitDist: string;
export declare function cockpitStale(): boolean;
export declare function buildCockpit(options?: { force?: boolean; quiet?: boolean }): number;
