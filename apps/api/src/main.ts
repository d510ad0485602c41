import 'reflect-metadata';
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { DEMO_PASSWORD } from './auth/demo-accounts.js';
import { loadConfig } from './config.js';
import { createDataSource, describeDatabase } from './database/data-source.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.tokenSecretGenerated) {
    console.warn('GJ_TOKEN_SECRET no está definido: se usa una clave aleatoria para este proceso (las sesiones terminan al detenerlo).');
  }
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  console.log(`Base de datos: ${describeDatabase(config.database)}`);

  const { app, services, stop } = await createApp(dataSource, config);
  const result = await bootstrap(dataSource, services.accounts, config);
  if (result.migrations.length > 0) console.log(`Migraciones aplicadas: ${result.migrations.join(', ')}`);
  const { inserted, updated, deleted, unchanged } = result.plan;
  console.log(`Catálogo del plan: ${inserted} insertados, ${updated} actualizados, ${deleted} eliminados, ${unchanged} sin cambios`);
  const geo = result.geography;
  console.log(
    geo
      ? `Geografía (INEI): ${geo.departments.inserted} departamentos, ${geo.provinces.inserted} provincias, ${geo.districts.inserted} distritos y ${geo.governments.inserted} gobiernos importados`
      : 'Geografía (INEI): ya cargada (para actualizarla: npm run import:ubigeo -- <archivo>)',
  );
  if (result.demoAccountsCreated.length > 0) {
    console.log(`Cuentas de demostración creadas (contraseña "${DEMO_PASSWORD}"):`);
    for (const email of result.demoAccountsCreated) console.log(`  ${email}`);
  }
  if (result.demoData) {
    console.log(`Datos de demostración: ${result.demoData.authorities} autoridades ficticias y ${result.demoData.executions} ejecuciones hasta junio de 2024`);
  }

  // Logs whether notices go by e-mail; resends what a previous process left pending; reminders hourly.
  await services.notices.start();

  const server = createServer(app);
  server.listen(config.port, config.host, () => {
    console.log(`API de Gobernando Juntas en http://${config.host}:${config.port}/graphql (salud: /healthz)`);
  });

  const shutdown = async () => {
    server.close();
    await stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
