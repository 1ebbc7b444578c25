// Gives each service its own MongoDB user with readWrite on its own database only, as mongo-users.txt lists them;
// a user that exists gets its password and roles set again. Run by mongosh --nodb --file (the Kubernetes Job
// taphuan-mongo-users, docker compose's mongo-users):
//   MONGODB_HOSTS, MONGODB_OPTIONS                       where MongoDB is (host:port,...) and how (e.g. tls=true)
//   MONGODB_ADMIN_USERNAME, MONGODB_ADMIN_PASSWORD       a user allowed to manage users (authSource admin)
//   <USER>_MONGODB_PASSWORD                              each service's password, e.g. PLAN_SERVICE_MONGODB_PASSWORD
const fs = require('fs');
const here = process.env.ACCESS_DIR || '/etc/taphuan/access';
const env = name => {
  const value = process.env[name];
  if (!value) {
    throw new Error(name + ' is not set');
  }
  return value;
};
// the administrator's users live in the admin database, as the services' (MONGODB_OPTIONS may say so already)
const given = process.env.MONGODB_OPTIONS || '';
const options = [given.includes('authSource=') ? '' : 'authSource=admin', given].filter(o => o).join('&');
const admin = connect('mongodb://' + encodeURIComponent(env('MONGODB_ADMIN_USERNAME')) + ':'
    + encodeURIComponent(env('MONGODB_ADMIN_PASSWORD')) + '@' + env('MONGODB_HOSTS') + '/admin?' + options);

const lines = fs.readFileSync(here + '/mongo-users.txt', 'utf8').split('\n')
    .map(line => line.trim()).filter(line => line && !line.startsWith('#'));
for (const line of lines) {
  const [user, database] = line.split(/\s+/);
  const variable = user.toUpperCase().replace(/-/g, '_') + '_MONGODB_PASSWORD';
  const password = env(variable);
  // the password goes into a connection URI: letters and digits only (k8s/secrets.sh, infra/compose/secrets.sh)
  if (!/^[A-Za-z0-9]{16,}$/.test(password)) {
    throw new Error(variable + ' must be 16 or more letters and digits');
  }
  const roles = [{ role: 'readWrite', db: database }];
  if (admin.getUser(user)) {
    admin.updateUser(user, { pwd: password, roles: roles });
  } else {
    admin.createUser({ user: user, pwd: password, roles: roles });
  }
  print('MongoDB: ' + user + ' may read and write ' + database + ', nothing else');
}
