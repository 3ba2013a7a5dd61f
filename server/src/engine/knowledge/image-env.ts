/**
 * Environment variables that well-known base images set (their `ENV` lines). For the bare OS images we know the
 * whole environment; for language images only the variables people tend to reuse, so a missing name there proves
 * nothing.
 */
import type { ImageParts } from '../parse/image-reference';

export interface ImageEnv {
  names: ReadonlySet<string>;
  /** True when `names` is the image's whole environment. */
  complete: boolean;
}

/** The builder gives every stage a PATH, even one built from scratch. */
const ALWAYS = ['PATH'];

const OS_IMAGES = new Set(['scratch', 'alpine', 'busybox', 'debian', 'ubuntu']);

const LANGUAGE_IMAGES: Readonly<Record<string, readonly string[]>> = {
  node: ['NODE_VERSION', 'YARN_VERSION'],
  python: ['LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256'],
  golang: ['GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH'],
  ruby: ['LANG', 'RUBY_VERSION', 'RUBY_MAJOR', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG'],
  php: ['PHP_VERSION', 'PHP_INI_DIR', 'PHPIZE_DEPS', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS'],
  openjdk: ['JAVA_HOME', 'JAVA_VERSION', 'LANG'],
  'eclipse-temurin': ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'],
  amazoncorretto: ['JAVA_HOME', 'LANG'],
  maven: ['JAVA_HOME', 'JAVA_VERSION', 'MAVEN_HOME', 'MAVEN_CONFIG'],
  gradle: ['JAVA_HOME', 'JAVA_VERSION', 'GRADLE_HOME', 'GRADLE_VERSION'],
  rust: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'],
  nginx: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'],
  httpd: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'],
  postgres: ['LANG', 'PGDATA', 'PG_MAJOR', 'PG_VERSION', 'GOSU_VERSION'],
  redis: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'],
  tomcat: ['CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512', 'JAVA_HOME', 'JAVA_VERSION'],
  elixir: ['ELIXIR_VERSION', 'LANG', 'OTP_VERSION', 'REBAR3_VERSION'],
  erlang: ['OTP_VERSION', 'REBAR3_VERSION'],
  'mcr.microsoft.com/dotnet/sdk': ['DOTNET_VERSION', 'ASPNET_VERSION', 'DOTNET_SDK_VERSION', 'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'DOTNET_RUNNING_IN_CONTAINER', 'NUGET_XMLDOC_MODE'],
  'mcr.microsoft.com/dotnet/aspnet': ['DOTNET_VERSION', 'ASPNET_VERSION', 'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'DOTNET_RUNNING_IN_CONTAINER'],
  'mcr.microsoft.com/dotnet/runtime': ['DOTNET_VERSION', 'APP_UID', 'DOTNET_RUNNING_IN_CONTAINER'],
};

/** The environment of `scratch` (undefined) or of an image; `unknown` when the image is only known at build time. */
export function imageEnvOf(image: ImageParts | undefined | 'unknown'): ImageEnv {
  if (image === 'unknown') return { names: new Set(ALWAYS), complete: false };
  if (!image) return { names: new Set(ALWAYS), complete: true };
  const name = image.path.toLowerCase().replace(/^library\//, '');
  const registry = image.registry?.toLowerCase();
  const key = registry && registry !== 'docker.io' ? `${registry}/${name}` : name;
  if (OS_IMAGES.has(key)) return { names: new Set(ALWAYS), complete: true };
  return { names: new Set([...ALWAYS, ...(LANGUAGE_IMAGES[key] ?? [])]), complete: false };
}
