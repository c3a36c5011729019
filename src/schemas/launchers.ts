/**
 * What opens a listening port in distributed training; one per choice of the firewall generator.
 * Kept apart from the zod schema so that the generator's browser code does not bundle zod.
 */
export const launchers = ['torchrun-static', 'torchrun-c10d', 'torch_npu_run', 'hccl'] as const;
export type Launcher = (typeof launchers)[number];
