import { parseManifest } from './index';
import type { DeclaredDependency } from './types';

const GROOVY = `
plugins {
    id 'java'
    id 'org.springframework.boot' version '3.3.2'
    id "io.spring.dependency-management" version "1.1.6"
    id 'jacoco' // coverage
}

apply plugin: 'com.github.ben-manes.versions'

repositories {
    mavenCentral()
    maven { url 'https://repo.acme.example/maven2/' } // not a comment: https://
}

ext {
    resilience4jVersion = '2.2.0'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation "io.github.resilience4j:resilience4j-spring-boot3:\${resilience4jVersion}"
    implementation platform('io.opentelemetry:opentelemetry-bom:1.40.0')
    implementation group: 'com.google.guava', name: 'guava', version: '33.2.1-jre'
    compileOnly 'org.projectlombok:lombok:1.18.34'
    annotationProcessor 'org.projectlombok:lombok:1.18.34'
    runtimeOnly 'io.micrometer:micrometer-registry-prometheus'
    api 'org.slf4j:slf4j-api:2.0.13'
    testImplementation('org.springframework.boot:spring-boot-starter-test') {
        exclude group: 'org.junit.vintage', module: 'junit-vintage-engine'
    }
    // implementation 'com.example:commented-out:1.0'
    /* testImplementation 'com.example:block-commented:1.0' */
    implementation project(':shared')
    implementation files('libs/vendor.jar')
    implementation libs.jackson.databind
}
`;

const KOTLIN = `
import org.jetbrains.kotlin.gradle.tasks.KotlinCompile

plugins {
    id("org.springframework.boot") version "3.3.2"
    kotlin("jvm") version "2.0.0"
    kotlin("plugin.spring") version "2.0.0"
    \`java-library\`
    jacoco
    alias(libs.plugins.detekt)
}

buildscript {
    dependencies {
        classpath("com.google.cloud.tools:jib-gradle-plugin:3.4.3")
    }
}

dependencies {
    implementation(platform("org.springframework.boot:spring-boot-dependencies:3.3.2"))
    implementation("org.springframework.boot:spring-boot-starter-webflux")
    implementation(kotlin("reflect"))
    implementation(
        "io.projectreactor.kotlin:reactor-kotlin-extensions:1.2.2"
    )
    kapt("org.mapstruct:mapstruct-processor:1.5.5.Final")
    testImplementation(enforcedPlatform("org.junit:junit-bom:5.10.3"))
    testImplementation(group = "io.mockk", name = "mockk", version = "1.13.11")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
    integrationTestImplementation("org.testcontainers:postgresql:1.19.8")
    implementation(libs.bundles.ktor)
}

tasks.withType<KotlinCompile> {
    kotlinOptions { jvmTarget = "21" }
}

tasks.named<Test>("test") {
    useJUnitPlatform()
    implementation("not.a:dependency:1.0")
}
`;

type Row = [string, string | undefined, string];

function rows(dependencies: DeclaredDependency[]): Row[] {
  return dependencies.map(d => [d.name, d.version, d.scope ?? '']);
}

describe('gradle build.gradle (Groovy DSL)', () => {
  const { ecosystem, dependencies } = parseManifest('app/build.gradle', GROOVY);

  it('reports the gradle ecosystem', () => {
    expect(ecosystem).toBe('gradle');
  });

  it.each<Row>([
    [
      'org.springframework.boot:spring-boot-starter-web',
      undefined,
      'implementation',
    ],
    [
      'io.github.resilience4j:resilience4j-spring-boot3',
      '${resilience4jVersion}',
      'implementation',
    ],
    ['io.opentelemetry:opentelemetry-bom', '1.40.0', 'implementation'],
    ['com.google.guava:guava', '33.2.1-jre', 'implementation'],
    ['org.projectlombok:lombok', '1.18.34', 'compileOnly'],
    ['org.projectlombok:lombok', '1.18.34', 'annotationProcessor'],
    ['io.micrometer:micrometer-registry-prometheus', undefined, 'runtimeOnly'],
    ['org.slf4j:slf4j-api', '2.0.13', 'api'],
    [
      'org.springframework.boot:spring-boot-starter-test',
      undefined,
      'testImplementation',
    ],
  ])('reads dependency %s %s with its configuration %s as scope', (...row) => {
    expect(rows(dependencies)).toContainEqual(row);
  });

  it.each<Row>([
    ['java', undefined, 'plugin'],
    ['org.springframework.boot', '3.3.2', 'plugin'],
    ['io.spring.dependency-management', '1.1.6', 'plugin'],
    ['jacoco', undefined, 'plugin'],
    ['com.github.ben-manes.versions', undefined, 'plugin'],
  ])('reads plugin id %s %s with scope %s', (...row) => {
    expect(rows(dependencies)).toContainEqual(row);
  });

  it('ignores comments, project, file and version catalog dependencies', () => {
    expect(dependencies).toHaveLength(14);
    expect(dependencies.map(d => d.name).join()).not.toMatch(
      /commented|shared|vendor|jackson|vintage/,
    );
  });

  it('attaches the manifest path to every dependency', () => {
    expect(new Set(dependencies.map(d => d.manifest))).toEqual(
      new Set(['app/build.gradle']),
    );
  });
});

describe('gradle build.gradle.kts (Kotlin DSL)', () => {
  const { ecosystem, dependencies } = parseManifest('build.gradle.kts', KOTLIN);

  it('reports the gradle ecosystem', () => {
    expect(ecosystem).toBe('gradle');
  });

  it.each<Row>([
    [
      'org.springframework.boot:spring-boot-dependencies',
      '3.3.2',
      'implementation',
    ],
    [
      'org.springframework.boot:spring-boot-starter-webflux',
      undefined,
      'implementation',
    ],
    ['org.jetbrains.kotlin:kotlin-reflect', undefined, 'implementation'],
    [
      'io.projectreactor.kotlin:reactor-kotlin-extensions',
      '1.2.2',
      'implementation',
    ],
    ['org.mapstruct:mapstruct-processor', '1.5.5.Final', 'kapt'],
    ['org.junit:junit-bom', '5.10.3', 'testImplementation'],
    ['io.mockk:mockk', '1.13.11', 'testImplementation'],
    [
      'org.junit.platform:junit-platform-launcher',
      undefined,
      'testRuntimeOnly',
    ],
    [
      'org.testcontainers:postgresql',
      '1.19.8',
      'integrationTestImplementation',
    ],
    ['com.google.cloud.tools:jib-gradle-plugin', '3.4.3', 'classpath'],
  ])('reads dependency %s %s with its configuration %s as scope', (...row) => {
    expect(rows(dependencies)).toContainEqual(row);
  });

  it.each<Row>([
    ['org.springframework.boot', '3.3.2', 'plugin'],
    ['org.jetbrains.kotlin.jvm', '2.0.0', 'plugin'],
    ['org.jetbrains.kotlin.plugin.spring', '2.0.0', 'plugin'],
    ['java-library', undefined, 'plugin'],
    ['jacoco', undefined, 'plugin'],
  ])('reads plugin %s %s with scope %s', (...row) => {
    expect(rows(dependencies)).toContainEqual(row);
  });

  it('reads declarations only inside dependencies and plugins blocks', () => {
    expect(dependencies.map(d => d.name)).not.toContain('not.a:dependency');
    expect(dependencies).toHaveLength(15);
  });
});

describe('gradle edge cases', () => {
  it.each([
    ['one-line blocks', "dependencies { implementation 'a.b:c:1' }"],
    [
      'semicolon-separated statements',
      "dependencies {\n api 'x:y:0'; implementation 'a.b:c:1'\n}",
    ],
    [
      'a string containing a brace',
      'dependencies {\n implementation "a.b:c:${v}"\n implementation \'a.b:c:1\'\n}',
    ],
  ])('reads dependencies across %s', (_, text) => {
    const { dependencies } = parseManifest('build.gradle', text);
    expect(dependencies.map(d => d.name)).toContain('a.b:c');
  });

  it('survives unbalanced braces and unterminated strings', () => {
    const text =
      "dependencies {\n implementation 'a.b:c:1\n}}}\n plugins { id 'x'";
    expect(() => parseManifest('build.gradle', text)).not.toThrow();
  });
});
