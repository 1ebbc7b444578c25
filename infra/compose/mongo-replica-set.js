// Makes docker-compose.yml's three MongoDB members one replica set (rs0), once, and waits until it has a primary.
// mongo-1 is preferred as primary: ./run-local.sh reaches the set from the host through mongo-1's published port
// (directConnection=true), since the members' names resolve only inside the compose network. Run by mongosh
// authenticated as the administrator on mongo-1 (the compose service mongo-replica-set); safe to run again.
let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  initiated = false;
}
if (!initiated) {
  rs.initiate({
    _id: 'rs0',
    members: [
      {_id: 0, host: 'mongo-1:27017', priority: 2},
      {_id: 1, host: 'mongo-2:27017', priority: 1},
      {_id: 2, host: 'mongo-3:27017', priority: 1},
    ],
  });
}
const giveUp = Date.now() + 120 * 1000;
while (!db.hello().isWritablePrimary) {
  if (Date.now() > giveUp) {
    throw new Error('the replica set rs0 has no primary after two minutes: ' + JSON.stringify(rs.status().members));
  }
  sleep(1000);
}
print('replica set rs0: primary ' + db.hello().primary);
