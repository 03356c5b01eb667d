// The Colyseus peer of spirit-host for spirit-bench-compare: one room for the whole session, tables
// of `--table-size`, every participant's entry ("recognisable" or not) in its table. A vote updates
// the voter's entry; each device sees only its own table (a StateView), the big screen sees every
// table. `--patch-ms 50` is Colyseus's default batched patches; `--patch-ms 0` broadcasts the patch
// on each vote (immediate).
//
// usage: node server.js --port 47950 --participants 100 [--table-size 5] [--patch-ms 50]
"use strict";

const { Server, Room } = require("@colyseus/core");
const { WebSocketTransport } = require("@colyseus/ws-transport");
const { schema, t, StateView } = require("@colyseus/schema");

// One participant's entry at a table, as everyone at the table and the big screen see it.
const Entry = schema({ member: t.uint16(), recognised: t.boolean() }, "Entry");

// One table: its number and its participants' entries.
const Table = schema({ table: t.uint16(), entries: t.array(Entry) }, "Table");

// The session: every table, each visible only to the views it was added to.
const SessionState = schema({ tables: t.array(Table).view() }, "SessionState");

function Option(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at > 0 && at + 1 < process.argv.length ? Number(process.argv[at + 1]) : fallback;
}

const port = Option("port", 47950);
const participants = Option("participants", 100);
const tableSize = Option("table-size", 5);
const patchMs = Option("patch-ms", 50);

// The session room: seats by join order of `seat`, votes update one entry.
class SessionRoom extends Room {
  onCreate() {
    this.maxClients = participants + 16;
    this.autoDispose = false;
    this.state = new SessionState();
    for (let table = 0; table * tableSize < participants; ++table) {
      const entries = [];
      for (let seat = 0; seat < tableSize && table * tableSize + seat < participants; ++seat) {
        entries.push(new Entry({ member: table * tableSize + seat, recognised: false }));
      }
      this.state.tables.push(new Table({ table, entries }));
    }
    const immediate = patchMs <= 0;
    this.patchRate = immediate ? null : patchMs;
    this.onMessage("vote", (client, value) => {
      const seat = client.userData && client.userData.seat;
      if (seat === undefined) return;
      const entry = this.state.tables[Math.floor(seat / tableSize)].entries[seat % tableSize];
      entry.recognised = value === true;
      if (immediate) this.broadcastPatch();
    });
  }

  onJoin(client, options) {
    client.view = new StateView();
    if (options && options.screen) {
      for (const table of this.state.tables) client.view.add(table);
      return;
    }
    const seat = Number(options && options.seat);
    if (!(seat >= 0 && seat < participants)) throw new Error("no such seat");
    client.userData = { seat };
    client.view.add(this.state.tables[Math.floor(seat / tableSize)]);
  }
}

async function Main() {
  const server = new Server({ transport: new WebSocketTransport(), greet: false, gracefullyShutdown: false });
  server.define("session", SessionRoom);
  await server.listen(port, "127.0.0.1");
  process.stdout.write(`listening ${port}\n`);
  const stop = () => process.exit(0);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

Main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(1);
});
