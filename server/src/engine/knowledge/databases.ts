/**
 * Well-known stateful services by image: databases, caches, queues and search engines. What Compose rules need to
 * know of them: the ports they listen on, where they keep their data, and a healthcheck that works in their image.
 */
import { splitImageReference } from '../parse/image-reference';

export type DataServiceKind = 'database' | 'cache' | 'queue' | 'search engine';

export interface DataService {
  /** For messages: `PostgreSQL`. */
  label: string;
  kind: DataServiceKind;
  /** Container ports it listens on. */
  ports: readonly number[];
  /** Where the image keeps its data, in the container. Empty when it keeps none worth keeping. */
  dataDirs: readonly string[];
  /** An environment variable that moves the data directory (`PGDATA`). */
  dataDirVariable?: string;
  /** The `test:` of a healthcheck that works in this image, as YAML flow text; absent when we know none. */
  healthcheck?: string;
}

const POSTGRES_CHECK = '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres} -d postgres"]';
const MYSQL_CHECK = '["CMD", "mysqladmin", "ping", "-h", "localhost"]';

const POSTGRES: DataService = { label: 'PostgreSQL', kind: 'database', ports: [5432], dataDirs: ['/var/lib/postgresql/data'], dataDirVariable: 'PGDATA', healthcheck: POSTGRES_CHECK };
const MYSQL: DataService = { label: 'MySQL', kind: 'database', ports: [3306, 33060], dataDirs: ['/var/lib/mysql'], healthcheck: MYSQL_CHECK };
const MARIADB: DataService = { label: 'MariaDB', kind: 'database', ports: [3306], dataDirs: ['/var/lib/mysql'], healthcheck: '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]' };
const MONGO: DataService = { label: 'MongoDB', kind: 'database', ports: [27017], dataDirs: ['/data/db'], healthcheck: `["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping')"]` };
const REDIS: DataService = { label: 'Redis', kind: 'cache', ports: [6379], dataDirs: ['/data'], healthcheck: '["CMD", "redis-cli", "ping"]' };
const VALKEY: DataService = { label: 'Valkey', kind: 'cache', ports: [6379], dataDirs: ['/data'], healthcheck: '["CMD", "valkey-cli", "ping"]' };
const RABBITMQ: DataService = { label: 'RabbitMQ', kind: 'queue', ports: [5672, 15672], dataDirs: ['/var/lib/rabbitmq'], healthcheck: '["CMD", "rabbitmq-diagnostics", "-q", "ping"]' };
const ELASTICSEARCH: DataService = {
  label: 'Elasticsearch',
  kind: 'search engine',
  ports: [9200, 9300],
  dataDirs: ['/usr/share/elasticsearch/data'],
  healthcheck: '["CMD-SHELL", "curl -fs http://localhost:9200/_cluster/health || exit 1"]',
};

/** Repository paths (registry and `library/` removed) → what runs there. */
const BY_REPOSITORY = new Map<string, DataService>([
  ['postgres', POSTGRES],
  ['postgis/postgis', { ...POSTGRES, label: 'PostGIS' }],
  ['timescale/timescaledb', { ...POSTGRES, label: 'TimescaleDB' }],
  ['pgvector/pgvector', { ...POSTGRES, label: 'pgvector' }],
  ['bitnami/postgresql', { label: 'PostgreSQL', kind: 'database', ports: [5432], dataDirs: ['/bitnami/postgresql'] }],
  ['mysql', MYSQL],
  ['mysql/mysql-server', MYSQL],
  ['percona', { ...MYSQL, label: 'Percona Server' }],
  ['percona/percona-server', { ...MYSQL, label: 'Percona Server' }],
  ['bitnami/mysql', { label: 'MySQL', kind: 'database', ports: [3306], dataDirs: ['/bitnami/mysql'] }],
  ['mariadb', MARIADB],
  ['bitnami/mariadb', { label: 'MariaDB', kind: 'database', ports: [3306], dataDirs: ['/bitnami/mariadb'] }],
  ['mongo', MONGO],
  ['mongodb/mongodb-community-server', MONGO],
  ['bitnami/mongodb', { label: 'MongoDB', kind: 'database', ports: [27017], dataDirs: ['/bitnami/mongodb'] }],
  ['redis', REDIS],
  ['redis/redis-stack', { ...REDIS, label: 'Redis Stack', ports: [6379, 8001] }],
  ['redis/redis-stack-server', { ...REDIS, label: 'Redis Stack' }],
  ['bitnami/redis', { label: 'Redis', kind: 'cache', ports: [6379], dataDirs: ['/bitnami/redis/data'] }],
  ['valkey/valkey', VALKEY],
  ['bitnami/valkey', { label: 'Valkey', kind: 'cache', ports: [6379], dataDirs: ['/bitnami/valkey/data'] }],
  ['eqalpha/keydb', { ...REDIS, label: 'KeyDB', healthcheck: '["CMD", "keydb-cli", "ping"]' }],
  ['memcached', { label: 'Memcached', kind: 'cache', ports: [11211], dataDirs: [] }],
  ['rabbitmq', RABBITMQ],
  ['bitnami/rabbitmq', { label: 'RabbitMQ', kind: 'queue', ports: [5672, 15672], dataDirs: ['/bitnami/rabbitmq/mnesia'] }],
  ['elasticsearch', ELASTICSEARCH],
  ['elasticsearch/elasticsearch', ELASTICSEARCH],
  ['opensearchproject/opensearch', { label: 'OpenSearch', kind: 'search engine', ports: [9200, 9600], dataDirs: ['/usr/share/opensearch/data'] }],
  ['cassandra', { label: 'Cassandra', kind: 'database', ports: [9042], dataDirs: ['/var/lib/cassandra'] }],
  ['couchdb', { label: 'CouchDB', kind: 'database', ports: [5984], dataDirs: ['/opt/couchdb/data'] }],
  ['neo4j', { label: 'Neo4j', kind: 'database', ports: [7474, 7687], dataDirs: ['/data'] }],
  ['clickhouse/clickhouse-server', { label: 'ClickHouse', kind: 'database', ports: [8123, 9000], dataDirs: ['/var/lib/clickhouse'] }],
  ['mssql/server', { label: 'SQL Server', kind: 'database', ports: [1433], dataDirs: ['/var/opt/mssql'] }],
  ['cockroachdb/cockroach', { label: 'CockroachDB', kind: 'database', ports: [26257], dataDirs: ['/cockroach/cockroach-data'] }],
  ['influxdb', { label: 'InfluxDB', kind: 'database', ports: [8086], dataDirs: ['/var/lib/influxdb2', '/var/lib/influxdb'] }],
  ['apache/kafka', { label: 'Kafka', kind: 'queue', ports: [9092], dataDirs: [] }],
  ['confluentinc/cp-kafka', { label: 'Kafka', kind: 'queue', ports: [9092], dataDirs: [] }],
  ['bitnami/kafka', { label: 'Kafka', kind: 'queue', ports: [9092], dataDirs: ['/bitnami/kafka'] }],
  ['nats', { label: 'NATS', kind: 'queue', ports: [4222], dataDirs: [] }],
]);

/** The stateful service an image runs, when it is a well-known one (`postgres:16-alpine`, `docker.io/library/redis`). */
export function dataServiceOf(image: string): DataService | undefined {
  const { path } = splitImageReference(image.trim());
  return BY_REPOSITORY.get(path.toLowerCase().replace(/^library\//, ''));
}
