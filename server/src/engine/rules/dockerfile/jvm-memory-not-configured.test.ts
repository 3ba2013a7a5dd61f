import { ruleTester } from '#test/rule-tester';
import rule from './jvm-memory-not-configured';

const JRE = 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\n';

ruleTester.run(rule, {
  valid: [
    JRE + 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app.jar"]',
    JRE + 'ENTRYPOINT ["java", "-Xmx512m", "-jar", "/app.jar"]',
    'FROM eclipse-temurin:21-jre\nENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=80"\nCOPY app.jar /app.jar\nENTRYPOINT ["java", "-jar", "/app.jar"]',
    JRE + 'ENTRYPOINT exec java $JAVA_OPTS -jar /app.jar',
    JRE + 'CMD ["java", "-version"]',
    // Only the final stage runs.
    'FROM eclipse-temurin:21-jdk AS build\nCMD ["java", "-jar", "/tool.jar"]\nFROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    JRE + 'ENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["start"]',
  ],
  invalid: [
    {
      code: JRE + 'ENTRYPOINT [«"java"», "-jar", "/app.jar"]',
      errors: [{ messageId: 'noMemoryFlags' }],
      output: null,
      unsafeOutput: JRE + 'ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app.jar"]',
    },
    {
      code: JRE + 'CMD exec «java» -cp /app.jar com.example.Main',
      errors: [{ messageId: 'noMemoryFlags' }],
      unsafeOutput: JRE + 'CMD exec java -XX:MaxRAMPercentage=75 -cp /app.jar com.example.Main',
    },
    {
      code: JRE + 'ENTRYPOINT [«"/opt/java/openjdk/bin/java"»]\nCMD ["-jar", "/app.jar"]',
      errors: [{ messageId: 'noMemoryFlags' }],
      unsafeOutput: JRE + 'ENTRYPOINT ["/opt/java/openjdk/bin/java", "-XX:MaxRAMPercentage=75"]\nCMD ["-jar", "/app.jar"]',
    },
    {
      code: JRE + 'ENTRYPOINT ["/docker-entrypoint.sh"]\nCMD [«"java"», "-jar", "/app.jar"]',
      errors: [{ messageId: 'noMemoryFlags' }],
      unsafeOutput: JRE + 'ENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app.jar"]',
    },
  ],
});
