/**
 * The supervisor's bridge to the sandbox: assembles the RunSpec of a recorded
 * ContainerSpec from its container folder (see container/run-spec.ts) and
 * starts it with output piped into the rotating log.
 */
import { pickHostPorts, readHostFacts, startContainer, openOutputPipes, type OutputPipe } from '../sandbox/index.js';
import { projectPaths, containerPaths } from '../container/layout.js';
import { assembleRunSpec, readImageConfig } from '../container/run-spec.js';
import { prepareServiceNetworking } from '../network/index.js';
import { processRef, signalProcess } from '../util/process.js';
import type { ContainerSpec, ProcessRef } from '../state/types.js';
import { createLineSplitter, type LogStream, type RotatingLog } from './log-file.js';
import type { SupervisedContainer } from './supervise.js';

/** Starts the container of `spec` once; its stdout and stderr go to `log`, line by line. */
export async function startSupervised(spec: ContainerSpec, log: RotatingLog, onNotice: (text: string) => void): Promise<SupervisedContainer> {
  const { workingDir } = spec.project;
  const image = await readImageConfig(containerPaths(projectPaths(workingDir), spec.service.name).config);
  const host = readHostFacts();
  const networking = await prepareServiceNetworking({ workingDir, service: spec.service, plan: spec.network, host, env: process.env });
  if (networking.notice !== undefined) onNotice(networking.notice);
  const ports = await pickHostPorts(spec.service.name, spec.service.ports);
  const runSpec = assembleRunSpec({ workingDir, service: spec.service, image, host, overrides: { tty: spec.service.tty, ports }, networks: networking.view });
  const [out, err] = openOutputPipes(2) as [OutputPipe, OutputPipe];
  const pipe = (stream: NodeJS.ReadableStream, name: LogStream): Promise<void> => {
    const split = createLineSplitter();
    stream.on('data', (chunk: Buffer) => {
      for (const line of split.push(chunk)) log.write(name, line.text, line.partial);
    });
    return new Promise((resolve) =>
      stream.once('close', () => {
        for (const line of split.flush()) log.write(name, line.text, line.partial);
        resolve();
      }),
    );
  };
  // Read from the start: what the sandbox says when it cannot start goes to the log too.
  const drained = Promise.all([pipe(out.reader, 'stdout'), pipe(err.reader, 'stderr')]);
  let handle;
  try {
    handle = await startContainer(runSpec, { stdio: ['ignore', out.writeFd, err.writeFd], onNotice, shared: networking.shared });
  } finally {
    // The container has its own copies now (or none, if it could not start): the read ends end with its processes.
    out.closeWriteEnd();
    err.closeWriteEnd();
  }
  const p = handle.pids;
  const refs = await Promise.all([p.holder, p.userns, p.network, p.bwrap, p.init].filter((x): x is number => x !== undefined).map(processRef));
  const processes = refs.filter((r): r is ProcessRef => r !== undefined);
  // The last line of output must be in the log before the exit is recorded.
  const settle = async (code: number): Promise<number> => {
    await Promise.race([drained, new Promise((r) => setTimeout(r, 2000))]);
    return code;
  };
  // If bwrap's monitor dies first, the container's PID 1 (and the helpers) could outlive it: once the
  // container counts as ended, none of its processes may stay behind.
  const reap = async (code: number): Promise<number> => {
    for (const ref of processes) await signalProcess(ref, 'SIGKILL');
    return settle(code);
  };
  return {
    processes,
    pid: handle.mainPid() ?? p.init,
    ports,
    enter: handle.enterInfo,
    exited: handle.wait().then(reap, () => reap(255)),
    stop: (graceMs) => handle.stop(undefined, graceMs).then(reap),
  };
}
