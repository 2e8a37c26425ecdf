import { parseManifest } from './index';

const SPRING_BOOT_POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
	<modelVersion>4.0.0</modelVersion>
	<parent>
		<groupId>org.springframework.boot</groupId>
		<artifactId>spring-boot-starter-parent</artifactId>
		<version>3.3.2</version>
		<relativePath/> <!-- lookup parent from repository -->
	</parent>
	<groupId>com.acme</groupId>
	<artifactId>inventory-service</artifactId>
	<version>0.0.1-SNAPSHOT</version>
	<name>inventory-service</name>
	<properties>
		<java.version>21</java.version>
		<resilience4j.version>2.2.0</resilience4j.version>
		<spring-cloud.version>2023.0.3</spring-cloud.version>
	</properties>
	<dependencies>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-web</artifactId>
		</dependency>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-actuator</artifactId>
		</dependency>
		<dependency>
			<groupId>io.github.resilience4j</groupId>
			<artifactId>resilience4j-spring-boot3</artifactId>
			<version>\${resilience4j.version}</version>
		</dependency>
		<dependency>
			<groupId>io.micrometer</groupId>
			<artifactId>micrometer-registry-prometheus</artifactId>
			<scope>runtime</scope>
		</dependency>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-test</artifactId>
			<scope>test</scope>
		</dependency>
	</dependencies>
	<dependencyManagement>
		<dependencies>
			<dependency>
				<groupId>org.springframework.cloud</groupId>
				<artifactId>spring-cloud-dependencies</artifactId>
				<version>\${spring-cloud.version}</version>
				<type>pom</type>
				<scope>import</scope>
			</dependency>
		</dependencies>
	</dependencyManagement>
	<build>
		<plugins>
			<plugin>
				<groupId>org.springframework.boot</groupId>
				<artifactId>spring-boot-maven-plugin</artifactId>
			</plugin>
			<plugin>
				<groupId>org.jacoco</groupId>
				<artifactId>jacoco-maven-plugin</artifactId>
				<version>0.8.12</version>
				<executions>
					<execution>
						<goals><goal>prepare-agent</goal></goals>
					</execution>
				</executions>
			</plugin>
			<plugin>
				<artifactId>maven-surefire-plugin</artifactId>
			</plugin>
		</plugins>
	</build>
</project>
`;

const SINGLE_DEPENDENCY_POM = `<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>tiny</artifactId>
  <version>1.10</version>
  <dependencies>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>2.0.10</version>
    </dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.jacoco</groupId>
    <artifactId>jacoco-maven-plugin</artifactId>
  </plugin></plugins></build>
  <profiles>
    <profile>
      <id>otel</id>
      <dependencies>
        <dependency>
          <groupId>io.opentelemetry</groupId>
          <artifactId>opentelemetry-api</artifactId>
          <version>1.10</version>
        </dependency>
      </dependencies>
    </profile>
  </profiles>
</project>`;

describe('maven pom.xml', () => {
  const { ecosystem, dependencies } = parseManifest(
    'inventory/pom.xml',
    SPRING_BOOT_POM,
  );
  const byName = (name: string) => dependencies.find(d => d.name === name);

  it('reports the maven ecosystem', () => {
    expect(ecosystem).toBe('maven');
  });

  it.each([
    ['org.springframework.boot:spring-boot-starter-web', undefined, undefined],
    [
      'io.github.resilience4j:resilience4j-spring-boot3',
      '${resilience4j.version}',
      undefined,
    ],
    ['io.micrometer:micrometer-registry-prometheus', undefined, 'runtime'],
    ['org.springframework.boot:spring-boot-starter-test', undefined, 'test'],
  ])(
    'reads dependency %s with its unresolved version and declared scope',
    (name, version, scope) => {
      expect(byName(name)).toEqual({
        name,
        version,
        scope,
        ecosystem: 'maven',
        manifest: 'inventory/pom.xml',
      });
    },
  );

  it.each([
    ['org.springframework.cloud:spring-cloud-dependencies', 'managed'],
    ['org.springframework.boot:spring-boot-maven-plugin', 'plugin'],
    ['org.jacoco:jacoco-maven-plugin', 'plugin'],
    ['org.springframework.boot:spring-boot-starter-parent', 'parent'],
  ])('reads %s with scope %s', (name, scope) => {
    expect(byName(name)?.scope).toBe(scope);
  });

  it('gives plugins without a groupId the org.apache.maven.plugins group', () => {
    expect(
      byName('org.apache.maven.plugins:maven-surefire-plugin'),
    ).toBeDefined();
  });

  it('does not read the project coordinates or nested elements as dependencies', () => {
    expect(byName('com.acme:inventory-service')).toBeUndefined();
    expect(dependencies).toHaveLength(10);
  });

  it('reads a single dependency and plugin (not arrays) and profile dependencies', () => {
    const result = parseManifest('pom.xml', SINGLE_DEPENDENCY_POM);
    expect(result.dependencies.map(d => [d.name, d.version, d.scope])).toEqual([
      ['org.slf4j:slf4j-api', '2.0.10', undefined],
      ['org.jacoco:jacoco-maven-plugin', undefined, 'plugin'],
      ['io.opentelemetry:opentelemetry-api', '1.10', undefined],
    ]);
  });

  it('returns no dependencies for a pom without any', () => {
    const result = parseManifest(
      'pom.xml',
      '<project><modelVersion>4.0.0</modelVersion><dependencies/></project>',
    );
    expect(result.dependencies).toEqual([]);
  });

  it.each([
    [
      'a mismatched closing tag',
      '<project>\n<dependencies>\n<dependency>\n</dependencies>\n</project>',
      4,
    ],
    ['text that is not XML', 'this is not a pom', 1],
    ['an unclosed root', '<project>\n  <dependencies/>\n', 1],
  ])('throws naming the file for %s', (_, text, line) => {
    expect(() => parseManifest('svc/pom.xml', text)).toThrow(
      expect.objectContaining({
        name: 'ManifestParseError',
        path: 'svc/pom.xml',
        line,
        message: expect.stringMatching(/^svc\/pom\.xml: invalid XML at line/),
      }),
    );
  });

  it('rejects XML whose root is not <project>', () => {
    expect(() => parseManifest('pom.xml', '<settings/>')).toThrow(
      'pom.xml: expected <project>, found <settings>',
    );
  });

  it('rejects XML nested too deeply instead of overflowing the stack', () => {
    const deep = `<project>${'<a>'.repeat(5000)}${'</a>'.repeat(
      5000,
    )}</project>`;
    expect(() => parseManifest('pom.xml', deep)).toThrow(
      expect.objectContaining({ name: 'ManifestParseError', path: 'pom.xml' }),
    );
  });
});
