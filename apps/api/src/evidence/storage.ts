import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/**
 * Where the bytes of means of verification live. Keys are random and made by the platform
 * (never from a file name), so neither backend can be steered to another path or object.
 */
export interface FileStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when the object is missing. */
  get(key: string): Promise<Buffer | null>;
  /** Deleting a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** For the start-up log. */
  describe(): string;
}

export type StorageConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint: string | null;
      forcePathStyle: boolean;
      accessKeyId: string | null;
      secretAccessKey: string | null;
      prefix: string;
    };

const KEY = /^[a-z0-9/-]{10,200}$/;

/** "2024/05/3f9c…": a month folder keeps listings of a bucket or folder short. */
export function newStorageKey(date: string): string {
  return `${date.slice(0, 4)}/${date.slice(5, 7)}/${randomBytes(16).toString('hex')}`;
}

function assertKey(key: string): void {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`Clave de almacenamiento no válida: ${key}`);
}

/** A folder on the server's disk (the embedded default: data/evidencias next to the SQLite file). */
export class LocalStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private path(key: string): string {
    assertKey(key);
    return join(resolve(this.dir), ...key.split('/'));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed: a reader never sees half a file.
    const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
    await writeFile(partial, data, { mode: 0o600 });
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  describe(): string {
    return `carpeta ${resolve(this.dir)}`;
  }
}

/** An S3-compatible bucket (AWS S3, MinIO, Ceph…). */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly config: Extract<StorageConfig, { kind: 's3' }>) {
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.accessKeyId && config.secretAccessKey ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } } : {}),
    });
  }

  private key(key: string): string {
    assertKey(key);
    return `${this.config.prefix}${key}`;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: this.key(key), Body: data, ContentType: contentType }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(key) }));
      return Buffer.from(await result.Body!.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(key) }));
  }

  describe(): string {
    return `bucket S3 ${this.config.bucket}${this.config.endpoint ? ` en ${this.config.endpoint}` : ''}`;
  }

  close(): void {
    this.client.destroy();
  }
}

export function createStorage(config: StorageConfig): FileStorage {
  return config.kind === 's3' ? new S3Storage(config) : new LocalStorage(config.dir);
}

/**
 * `GJ_S3_BUCKET` set: an S3-compatible bucket (`GJ_S3_ENDPOINT`, `GJ_S3_REGION`, `GJ_S3_PREFIX`,
 * `GJ_S3_ACCESS_KEY_ID`/`GJ_S3_SECRET_ACCESS_KEY` or the AWS SDK's usual chain). Otherwise a
 * folder: `GJ_FILES_DIR`, by default `evidencias/` next to the embedded database's file.
 */
export function parseStorageConfig(env: NodeJS.ProcessEnv, defaultDir: string): StorageConfig {
  const text = (name: string) => env[name]?.trim() || null;
  const bucket = text('GJ_S3_BUCKET');
  if (!bucket) return { kind: 'local', dir: resolve(text('GJ_FILES_DIR') ?? defaultDir) };
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new Error(`GJ_S3_BUCKET no es un nombre de bucket válido: "${bucket}".`);
  const endpoint = text('GJ_S3_ENDPOINT');
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) throw new Error(`GJ_S3_ENDPOINT debe ser una dirección http(s)://; se recibió "${endpoint}".`);
  const accessKeyId = text('GJ_S3_ACCESS_KEY_ID');
  const secretAccessKey = text('GJ_S3_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('Defina GJ_S3_ACCESS_KEY_ID y GJ_S3_SECRET_ACCESS_KEY juntas (o ninguna).');
  const prefix = text('GJ_S3_PREFIX') ?? 'evidencias/';
  if (!/^[a-z0-9/_-]{0,60}$/i.test(prefix)) throw new Error('GJ_S3_PREFIX solo admite letras, números, "/", "-" y "_".');
  return {
    kind: 's3',
    bucket,
    region: text('GJ_S3_REGION') ?? 'us-east-1',
    endpoint,
    // Self-hosted S3-compatible servers (MinIO, s3rver) answer by path, not by bucket subdomain.
    forcePathStyle: text('GJ_S3_FORCE_PATH_STYLE') ? text('GJ_S3_FORCE_PATH_STYLE') === 'true' : endpoint !== null,
    accessKeyId,
    secretAccessKey,
    prefix,
  };
}
