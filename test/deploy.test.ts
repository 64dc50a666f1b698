/**
 * The deployment files (deploy/) checked without a container engine or a cluster: every Kubernetes
 * manifest against the upstream OpenAPI schemas (`kubernetes-models`), the rules of the hub's
 * deployment (probes, non-root, read-only root, the network rule, secrets, every production setting
 * that the code reads), the compose file's services, ports and health checks, and both Dockerfiles
 * through the `dockerfile-utils` linter and a structural check. Nothing here builds an image or
 * applies a manifest (docs/operations.md, "Deployment").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Namespace, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const deployDir = join(root, 'deploy');
const kubernetesDir = join(deployDir, 'kubernetes');

// Manifests are untyped YAML until the schema check.
type Manifest = Record<string, any>;
type Labels = Record<string, string>;

/** The validating model class of each kind the manifests use, by `apiVersion/kind`. */
const models: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'v1/Service': Service,
};

/** The subgraphs of the committed supergraph with the port of their routing URL. */
const subgraphs = [
  ...readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8').matchAll(
    /@join__graph\(name: "([a-z]+)", url: "http:\/\/localhost:(\d+)\/graphql"\)/g,
  ),
].map(([, name, port]) => ({ name: name as string, port: Number(port) }));

/**
 * The owners a subgraph checks references against when it writes (the `owner` of each reference
 * target in its schema files; docs/operations.md, "References between partners").
 */
function referenceOwners(name: string): string[] {
  const schemaDir = join(root, 'subgraphs', name, 'src/schema');
  const owners = new Set<string>();
  for (const file of readdirSync(schemaDir)) {
    for (const [, owner] of readFileSync(join(schemaDir, file), 'utf8').matchAll(/owner: '([a-z]+)'/g)) {
      if (owner !== name) owners.add(owner as string);
    }
  }
  return [...owners].sort();
}

const kustomization = parse(readFileSync(join(kubernetesDir, 'kustomization.yaml'), 'utf8')) as Manifest;
const manifests: Manifest[] = (kustomization.resources as string[]).flatMap((file) =>
  parseAllDocuments(readFileSync(join(kubernetesDir, file), 'utf8')).map((document) => {
    expect(document.errors, file).toEqual([]);
    return document.toJS() as Manifest;
  }),
);
const ofKind = (kind: string) => manifests.filter((m) => m.kind === kind);
const named = (kind: string, name: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};

/** Whether a label selector (matchLabels, matchExpressions with In) selects `labels`. */
function selects(selector: Manifest, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const expression of selector.matchExpressions ?? []) {
    if (expression.operator !== 'In') throw new Error(`selector operator ${expression.operator} not handled`);
    if (!expression.values.includes(labels[expression.key])) return false;
  }
  return true;
}

const podLabels = (deployment: Manifest): Labels => deployment.spec.template.metadata.labels;
const envNames = (container: Manifest): string[] => (container.env ?? []).map((e: Manifest) => e.name);
const envValue = (container: Manifest, name: string) =>
  container.env.find((e: Manifest) => e.name === name)?.value as string | undefined;

/**
 * Every environment variable name the production code reads (`env.NAME`, `env['NAME']` or a helper
 * `…FromEnv(env, 'NAME')`), for typos in manifests.
 */
const namesInCode = new Set(
  ['gateway/src', ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/src`)].flatMap((dir) => {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    return files.flatMap((file) =>
      [
        ...readFileSync(join(root, dir, file), 'utf8').matchAll(
          /(?:env(?:\.|\[')|FromEnv\(\s*env,\s*')([A-Z][A-Z0-9_]+)/g,
        ),
      ].map(([, n]) => n),
    );
  }),
);
const operationsDoc = readFileSync(join(root, 'docs/operations.md'), 'utf8');

/** The container fields these manifests use (the schema check lets unknown ones pass). */
const containerFields = [
  'name',
  'image',
  'imagePullPolicy',
  'args',
  'ports',
  'env',
  'envFrom',
  'resources',
  'readinessProbe',
  'livenessProbe',
  'startupProbe',
  'securityContext',
  'volumeMounts',
];

/** What every serving process needs in production (docs/operations.md, "Production mode"). */
const productionEnv = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'SHUTDOWN_DELAY_MS',
];

describe('the Kubernetes manifests', () => {
  it('are the files the kustomization names, each valid against the Kubernetes schema of its kind', () => {
    const files = readdirSync(kubernetesDir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    expect(manifests.length).toBeGreaterThan(30);
    for (const manifest of manifests) {
      const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
      expect(Model, `${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
      expect(
        () => new (Model as NonNullable<typeof Model>)(manifest as never).validate(),
        manifest.metadata.name,
      ).not.toThrow();
    }
  });

  it('are checked by a validator that refuses a wrong type (so the check above means something)', () => {
    const broken = structuredClone(named('Deployment', 'gateway'));
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => new Deployment(broken as never).validate()).toThrow(/containerPort must be integer/);
    const noSelector = structuredClone(named('Deployment', 'gateway'));
    delete noSelector.spec.selector;
    expect(() => new Deployment(noSelector as never).validate()).toThrow(/selector/);
  });

  it('run the gateway and every subgraph of the supergraph, each with a Service, a PodDisruptionBudget and probes on its port', () => {
    expect(subgraphs.map((s) => s.name).sort()).toEqual([
      'contracts',
      'municipalities',
      'organisations',
      'projects',
      'security',
    ]);
    for (const { name, port } of [{ name: 'gateway', port: 4000 }, ...subgraphs]) {
      const deployment = named('Deployment', name);
      const pod = deployment.spec.template.spec;
      expect(pod.containers).toHaveLength(1);
      const [container] = pod.containers;
      expect(container.image).toMatch(new RegExp(`^kaz/${name}:\\d+\\.\\d+\\.\\d+$`));
      expect(container.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
      expect(envValue(container, 'PORT')).toBe(String(port));
      expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
      expect(container.resources.limits.memory).toEqual(expect.any(String));
      expect(selects(deployment.spec.selector, podLabels(deployment))).toBe(true);
      // Replicas must outlast the shutdown delay, during which /health/ready is 503 and requests are served.
      expect(Number(envValue(container, 'SHUTDOWN_DELAY_MS')) / 1000).toBeLessThan(pod.terminationGracePeriodSeconds);

      const service = named('Service', name);
      expect(service.spec.ports).toEqual([{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }]);
      expect(service.spec.type).toBe('ClusterIP');
      expect(selects({ matchLabels: service.spec.selector }, podLabels(deployment))).toBe(true);
      expect(selects(named('PodDisruptionBudget', name).spec.selector, podLabels(deployment))).toBe(true);
      expect(deployment.spec.replicas).toBeGreaterThan(named('PodDisruptionBudget', name).spec.minAvailable);
    }
  });

  it('run every pod as a non-root user on a read-only root file system with no capabilities', () => {
    const pods = [...ofKind('Deployment'), ...ofKind('Job')].map((m) => m.spec.template.spec);
    expect(pods).toHaveLength(11);
    for (const pod of pods) {
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const container of pod.containers) {
        // The upstream schemas accept unknown fields, so a misspelt probe would pass them: the fields
        // of a container are checked against the list of those used here.
        for (const key of Object.keys(container)) expect(containerFields, key).toContain(key);
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
      }
    }
    expect(named('Namespace', 'kaz').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('set every production setting the code reads, secrets from Secrets that exist, and no name the code does not know', () => {
    const secrets = new Map(ofKind('Secret').map((s) => [s.metadata.name, s.stringData as Record<string, string>]));
    for (const values of secrets.values()) for (const value of Object.values(values)) expect(value).toBe('');
    const fromSecret = (container: Manifest, name: string) =>
      container.env.find((e: Manifest) => e.name === name)?.valueFrom?.secretKeyRef;

    for (const workload of [...ofKind('Deployment'), ...ofKind('Job')]) {
      const [container] = workload.spec.template.spec.containers;
      for (const entry of container.env) {
        expect(namesInCode.has(entry.name) || /^SUBGRAPH_[A-Z]+_URL$/.test(entry.name), entry.name).toBe(true);
        expect(operationsDoc, entry.name).toContain(entry.name.replace(/^SUBGRAPH_[A-Z]+_URL$/, 'SUBGRAPH_<NAME>_URL'));
        const ref = entry.valueFrom?.secretKeyRef;
        if (ref) expect(secrets.get(ref.name), `${ref.name}.${ref.key}`).toHaveProperty(ref.key);
        else expect(entry.value, entry.name).toEqual(expect.any(String));
      }
      expect(envValue(container, 'NODE_ENV')).toBe('production');
      for (const name of ['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) {
        expect(fromSecret(container, name)).toEqual({ name: 'kaz-auth', key: name });
      }
    }

    const gateway = named('Deployment', 'gateway').spec.template.spec.containers[0];
    expect(envNames(gateway)).toEqual(expect.arrayContaining([...productionEnv, 'GATEWAY_SIGNING_SECRET']));
    expect(envValue(gateway, 'HOST')).toBe('0.0.0.0');
    expect(fromSecret(gateway, 'GATEWAY_SIGNING_SECRET')).toEqual({
      name: 'kaz-gateway-signing',
      key: 'GATEWAY_SIGNING_SECRET',
    });
    // The replicas' shared state (empty in the template: each replica alone).
    expect(fromSecret(gateway, 'REDIS_URL')).toEqual({ name: 'kaz-gateway-redis', key: 'REDIS_URL' });
    for (const { name, port } of subgraphs) {
      expect(envValue(gateway, `SUBGRAPH_${name.toUpperCase()}_URL`)).toBe(`http://${name}:${port}/graphql`);
    }

    for (const { name } of subgraphs) {
      const container = named('Deployment', name).spec.template.spec.containers[0];
      expect(envNames(container)).toEqual(
        expect.arrayContaining([...productionEnv, 'DATABASE_URL', 'GATEWAY_SIGNING_SECRET', 'MIGRATE']),
      );
      expect(envValue(container, 'MIGRATE')).toBe('false');
      expect(fromSecret(container, 'DATABASE_URL')).toEqual({ name: `kaz-${name}-database`, key: 'DATABASE_URL' });
      // The serving process never sees the owner role.
      expect(envNames(container)).not.toContain('MIGRATION_DATABASE_URL');
      const owners = envNames(container)
        .map((n) => /^SUBGRAPH_([A-Z]+)_URL$/.exec(n)?.[1]?.toLowerCase())
        .filter(Boolean);
      expect(owners.sort(), `${name}: reference owners`).toEqual(referenceOwners(name));
    }
  });

  it('migrate each subgraph in a Job as the owner role, with the migrate-only entry', () => {
    for (const { name } of subgraphs) {
      const job = ofKind('Job').find((j) => j.metadata.labels['app.kubernetes.io/name'] === `${name}-migrate`);
      if (!job) throw new Error(`no migration Job for ${name}`);
      const [container] = job.spec.template.spec.containers;
      expect(container.image).toBe(named('Deployment', name).spec.template.spec.containers[0].image);
      expect(container.args).toEqual(['node', '--enable-source-maps', 'dist/main.js', '--migrate-only']);
      expect(container.env.find((e: Manifest) => e.name === 'MIGRATION_DATABASE_URL').valueFrom.secretKeyRef).toEqual({
        name: `kaz-${name}-migration`,
        key: 'MIGRATION_DATABASE_URL',
      });
      expect(job.spec.template.spec.restartPolicy).toBe('Never');
    }
  });

  it('scale the gateway on CPU with an autoscaling/v2 HorizontalPodAutoscaler', () => {
    const [hpa, ...more] = ofKind('HorizontalPodAutoscaler');
    expect(more).toEqual([]);
    expect(hpa?.apiVersion).toBe('autoscaling/v2');
    expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
    expect(hpa?.spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
    ]);
    expect(hpa?.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('let only the gateway reach a subgraph (and an owner subgraph its reference checks), and a subgraph only its database', () => {
    const policies = ofKind('NetworkPolicy');
    const denyAll = named('NetworkPolicy', 'default-deny');
    expect(denyAll.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const gatewayLabels = podLabels(named('Deployment', 'gateway'));
    const labelsOf = (name: string) => podLabels(named('Deployment', name));

    for (const { name, port } of subgraphs) {
      const labels = labelsOf(name);
      const applying = policies.filter((p) => selects(p.spec.podSelector, labels));
      // Ingress: the union of every policy that selects the subgraph's pods.
      const ingress = applying.flatMap((p) => p.spec.ingress ?? []);
      const allowedCallers = [
        'gateway',
        ...subgraphs.map((s) => s.name).filter((c) => referenceOwners(c).includes(name)),
      ];
      expect(ingress.length, name).toBeGreaterThan(0);
      for (const rule of ingress) {
        expect(rule.ports).toEqual([{ protocol: 'TCP', port }]);
        expect(rule.from.length).toBeGreaterThan(0);
        for (const peer of rule.from) {
          expect(Object.keys(peer)).toEqual(['podSelector']);
          const caller = allowedCallers.find((c) => selects(peer.podSelector, labelsOf(c)));
          expect(caller, JSON.stringify(peer)).toBeDefined();
          // No peer selects a pod that is not an allowed caller.
          for (const other of ['gateway', ...subgraphs.map((s) => s.name)].filter((c) => !allowedCallers.includes(c))) {
            expect(selects(peer.podSelector, labelsOf(other)), `${other} → ${name}`).toBe(false);
          }
        }
      }
      expect(ingress.some((rule) => rule.from.some((peer: Manifest) => selects(peer.podSelector, gatewayLabels)))).toBe(
        true,
      );

      // Egress: its database on 5432, DNS, the issuer on 443, and the owners it checks references at.
      const egress = applying.flatMap((p) => p.spec.egress ?? []);
      const database = egress.filter((rule) => rule.ports.some((p: Manifest) => p.port === 5432));
      expect(database).toHaveLength(1);
      for (const rule of egress) {
        const ports = rule.ports.map((p: Manifest) => p.port);
        if (ports.includes(5432) || ports.includes(53) || ports.includes(443)) continue;
        const owner = subgraphs.find((s) =>
          rule.to.some((peer: Manifest) => selects(peer.podSelector, labelsOf(s.name))),
        );
        expect(owner && referenceOwners(name).includes(owner.name), `${name} egress ${JSON.stringify(rule)}`).toBe(
          true,
        );
        expect(ports).toEqual([owner?.port]);
      }
    }

    // The migration Jobs: no ingress, egress to the database only.
    for (const job of ofKind('Job')) {
      const labels = job.spec.template.metadata.labels;
      const applying = policies.filter((p) => selects(p.spec.podSelector, labels));
      expect(applying.flatMap((p) => p.spec.ingress ?? [])).toEqual([]);
      const ports = applying.flatMap((p) =>
        (p.spec.egress ?? []).flatMap((r: Manifest) => r.ports.map((x: Manifest) => x.port)),
      );
      expect([...new Set(ports)].sort((a, b) => a - b)).toEqual([53, 5432]);
    }
  });
});

describe('the compose file', () => {
  const compose = parse(readFileSync(join(deployDir, 'compose/compose.yaml'), 'utf8')) as Manifest;
  const services = compose.services as Record<string, Manifest>;
  const secretTargets = (service: Manifest) =>
    (service.secrets ?? []).map((s: Manifest | string) => (typeof s === 'string' ? s : (s.target ?? s.source)));

  it('runs the gateway, every subgraph with its migration run and its own PostgreSQL, and publishes only the gateway port', () => {
    const expected = ['gateway', 'redis', ...subgraphs.flatMap(({ name }) => [name, `${name}-migrate`, `db-${name}`])];
    expect(Object.keys(services).sort()).toEqual(expected.sort());
    for (const [name, service] of Object.entries(services)) {
      if (name === 'gateway') expect(service.ports).toEqual(['4000:4000']);
      else expect(service.ports, name).toBeUndefined();
      expect(service.expose, name).toBeUndefined();
    }
  });

  it('checks health on /health/ready and starts each subgraph after its migration as the owner role', () => {
    for (const { name, port } of [{ name: 'gateway', port: 4000 }, ...subgraphs]) {
      const service = services[name] as Manifest;
      expect(service.healthcheck.test.join(' ')).toContain("'/health/ready'");
      expect(service.environment.PORT).toBe(String(port));
      expect(service.environment.NODE_ENV).toBe('production');
      expect(service.environment.HOST).toBe('0.0.0.0');
      expect(service.read_only).toBe(true);
      expect(service.user).toBe('1000:1000');
      expect(secretTargets(service)).toEqual(
        expect.arrayContaining(['AUTH_JWKS_URL', 'AUTH_ISSUER', 'AUTH_AUDIENCE', 'GATEWAY_SIGNING_SECRET']),
      );
    }
    for (const { name } of subgraphs) {
      const service = services[name] as Manifest;
      const migrate = services[`${name}-migrate`] as Manifest;
      expect(service.environment.MIGRATE).toBe('false');
      expect(secretTargets(service)).toContain('DATABASE_URL');
      expect(secretTargets(service)).not.toContain('MIGRATION_DATABASE_URL');
      expect(service.depends_on).toEqual({ [`${name}-migrate`]: { condition: 'service_completed_successfully' } });
      expect(migrate.command).toEqual(['node', '--enable-source-maps', 'dist/main.js', '--migrate-only']);
      expect(secretTargets(migrate)).toEqual(expect.arrayContaining(['MIGRATION_DATABASE_URL', 'DATABASE_URL']));
      expect(migrate.depends_on).toEqual({ [`db-${name}`]: { condition: 'service_healthy' } });
      const owners = Object.keys(service.environment)
        .map((n) => /^SUBGRAPH_([A-Z]+)_URL$/.exec(n)?.[1]?.toLowerCase())
        .filter(Boolean);
      expect(owners.sort(), name).toEqual(referenceOwners(name));
    }
    expect(services.gateway?.depends_on).toEqual(
      Object.fromEntries(subgraphs.map(({ name }) => [name, { condition: 'service_healthy' }])),
    );
  });

  it('keeps the gateway replicas’ shared state in a Redis that only the gateway reaches, without persistence', () => {
    expect(services.gateway?.environment.REDIS_URL).toBe('redis://redis:6379');
    expect(compose.networks['gateway-state']).toEqual({ internal: true });
    const members = Object.entries(services).filter(([, s]) => (s.networks as string[]).includes('gateway-state'));
    expect(members.map(([name]) => name).sort()).toEqual(['gateway', 'redis']);
    expect(services.redis?.networks).toEqual(['gateway-state']);
    expect(services.redis?.command).toEqual(
      expect.arrayContaining(['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']),
    );
  });

  it('keeps each database on an internal network with only its subgraph and that subgraph’s migration run', () => {
    for (const { name } of subgraphs) {
      const network = `${name}-data`;
      expect(compose.networks[network]).toEqual({ internal: true });
      const members = Object.entries(services)
        .filter(([, s]) => (s.networks as string[]).includes(network))
        .map(([n]) => n);
      expect(members.sort()).toEqual([`db-${name}`, name, `${name}-migrate`].sort());
      expect(services[`db-${name}`]?.networks).toEqual([network]);
      // Over TCP: during the image's init step PostgreSQL listens on its socket only.
      expect(services[`db-${name}`]?.healthcheck.test).toEqual(
        expect.arrayContaining(['pg_isready', '-h', '127.0.0.1', `kaz_${name}`]),
      );
    }
    expect(compose.networks.hub).toEqual({ internal: true });
    for (const secret of Object.values(compose.secrets as Record<string, Manifest>)) {
      expect(secret.file).toMatch(/^\.\/secrets\/[a-z_]+$/);
    }
  });
});

describe('the Dockerfiles', () => {
  const dockerfiles = ['gateway.Dockerfile', 'subgraph.Dockerfile'];

  it.each(dockerfiles)('%s passes the dockerfile-utils linter', (file) => {
    const problems = lintDockerfile(readFileSync(join(deployDir, file), 'utf8'));
    expect(problems.map((p) => `${p.range.start.line + 1}: ${p.message}`)).toEqual([]);
  });

  it.each(dockerfiles)(
    '%s builds in a stage of its own and runs pinned Node.js as a non-root user with a health check',
    (file) => {
      const text = readFileSync(join(deployDir, file), 'utf8');
      // The Node.js 24 release CI's second pass runs the whole suite on (.ci/run's NODE24_VERSION).
      const tested = /^NODE24_VERSION=(24\.\d+\.\d+)$/m.exec(readFileSync(join(deployDir, '../.ci/run'), 'utf8'))?.[1];
      expect(tested).toBeDefined();
      expect(text).toMatch(new RegExp(`^ARG NODE_VERSION=${tested?.replaceAll('.', '\\.')}$`, 'm'));
      const stages = text.split(/^FROM /m).slice(1);
      expect(stages).toHaveLength(2);
      for (const stage of stages) expect(stage).toMatch(/^node:\$\{NODE_VERSION\}-bookworm-slim/);
      const [build, runtime] = stages as [string, string];
      expect(build).toMatch(/^node:\S+ AS build$/m);
      expect(build).toContain('pnpm install --frozen-lockfile');
      expect(build).toMatch(/deploy --legacy --prod /);
      expect(build).toContain('node deploy/bundle.mjs');
      // The runtime stage installs nothing and takes only the deployed service from the build stage.
      expect(runtime).not.toMatch(/pnpm|npm install|^COPY \. /m);
      for (const copy of runtime.match(/^COPY .*$/gm) ?? []) {
        expect(copy).toMatch(/^COPY (--from=build \/srv\/|deploy\/secret-env\.sh )/);
      }
      expect(runtime).toMatch(/^USER 1000:1000$/m);
      expect(runtime).toMatch(/^HEALTHCHECK .*\n\s+CMD \[.*\/health\/ready/m);
      expect(runtime).toMatch(/NODE_ENV=production/);
      expect(runtime).toMatch(/^CMD \["node", "--enable-source-maps", "dist\/main\.js"\]$/m);
      expect(readFileSync(join(deployDir, `${file}.dockerignore`), 'utf8')).toMatch(/^\*\*\/node_modules$/m);
    },
  );

  it('have an entry point that turns secret files into environment variables and ignores other names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaz-secrets-'));
    try {
      writeFileSync(join(dir, 'DATABASE_URL'), 'postgres://kaz_security:pw@db-security:5432/kaz_security');
      writeFileSync(join(dir, 'security_owner_password'), 'not a variable');
      const output = execFileSync(
        'sh',
        [join(deployDir, 'secret-env.sh'), 'node', '-e', 'console.log(JSON.stringify(process.env))'],
        { env: { PATH: process.env.PATH, KAZ_SECRETS_DIR: dir }, encoding: 'utf8' },
      );
      const env = JSON.parse(output) as Record<string, string>;
      expect(env.DATABASE_URL).toBe('postgres://kaz_security:pw@db-security:5432/kaz_security');
      expect(env.security_owner_password).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
