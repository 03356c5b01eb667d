// The Colyseus load generator of spirit-bench-compare: N devices and one big screen join the room
// of server.js through @colyseus/sdk (the client a real device would use), then measure.js runs the
// same schedule and measurement as MeasureVotes.cpp. Prints marker lines for the orchestrator and
// one "result key=value ..." line at the end.
//
// usage: node loadgen.js --port 47950 --participants 100 [--table-size 5] [--warmup 3]
//        [--measure 10] [--drain 2]
"use strict";

const { Client, getStateCallbacks } = require("@colyseus/sdk");
const { MeasureVotes, Sleep, kBigScreen } = require("./measure.js");

function Option(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at > 0 && at + 1 < process.argv.length ? Number(process.argv[at + 1]) : fallback;
}

// The link to the room: one SDK connection per device (seat k sits at table k / tableSize, its
// first seat reads and does not vote) and one for the big screen.
class ColyseusTransport {
  constructor(participants, tableSize, port) {
    this.participants = participants;
    this.tableSize = tableSize;
    this.client = new Client(`ws://127.0.0.1:${port}`);
    this.rooms = [];          // devices, then the screen
    this.sightings = [];
    this.shown = [];          // per connection: how many marks it was shown
  }

  Watch(room, observer, index) {
    const $ = getStateCallbacks(room);
    $(room.state).tables.onAdd((table) => {
      $(table).entries.onAdd((entry) => {
        $(entry).listen("recognised", (value) => {
          this.shown[index] += 1;
          this.sightings.push({ observer, member: entry.member, value, at: performance.now() });
        });
      });
    });
  }

  async Prepare() {
    const tables = Math.ceil(this.participants / this.tableSize);
    this.seating = { tableOf: [], tables: Array.from({ length: tables }, () => []), voters: [] };
    for (let seat = 0; seat < this.participants; ++seat) {
      const table = Math.floor(seat / this.tableSize);
      this.seating.tableOf.push(table);
      this.seating.tables[table].push(seat);
      if (seat % this.tableSize !== 0) this.seating.voters.push(seat);
    }
    this.shown = new Array(this.participants + 1).fill(0);
    const screen = await this.client.create("session", { screen: true });
    this.Watch(screen, kBigScreen, this.participants);
    const batch = 50;
    for (let first = 0; first < this.participants; first += batch) {
      const joins = [];
      for (let seat = first; seat < Math.min(this.participants, first + batch); ++seat) {
        joins.push(this.client.joinById(screen.roomId, { seat }).then((room) => {
          this.rooms[seat] = room;
          this.Watch(room, seat, seat);
        }));
      }
      await Promise.all(joins);
    }
    this.rooms[this.participants] = screen;
    // Ready when each device was shown its whole table and the screen every mark.
    const deadline = performance.now() + 60000;
    while (true) {
      let ready = this.shown[this.participants] >= this.participants;
      for (let seat = 0; seat < this.participants && ready; ++seat) {
        ready = this.shown[seat] >= this.seating.tables[this.seating.tableOf[seat]].length;
      }
      if (ready) break;
      if (performance.now() > deadline) throw new Error("not everyone was shown the room");
      await Sleep(5);
    }
    this.sightings = [];
  }

  Seats() { return this.seating; }

  Vote(device, value) { this.rooms[device].send("vote", value); }

  async Service(waitMs) {
    await Sleep(waitMs);
    const arrived = this.sightings;
    this.sightings = [];
    return arrived;
  }

  // Bytes on every connection's TCP stream (WebSocket frames included), both directions.
  Bytes() {
    let bytes = 0;
    for (const room of this.rooms) {
      const socket = room.connection.transport.ws._socket;
      if (socket) bytes += socket.bytesRead + socket.bytesWritten;
    }
    return bytes;
  }

  Close() {
    for (const room of this.rooms) room.connection.close();
  }
}

async function Main() {
  const spec = {
    participants: Option("participants", 100),
    tableSize: Option("table-size", 5),
    warmupSeconds: Option("warmup", 3),
    measureSeconds: Option("measure", 10),
    drainSeconds: Option("drain", 2),
  };
  const transport = new ColyseusTransport(spec.participants, spec.tableSize, Option("port", 47950));
  await transport.Prepare();
  const marker = (name) => process.stdout.write(name + "\n");
  const result = await MeasureVotes(spec, transport, marker);
  const fields = Object.entries(result).map(([key, value]) => `${key}=${value}`);
  process.stdout.write("result " + fields.join(" ") + "\n");
  transport.Close();
  process.exit(0);
}

Main().catch((error) => {
  process.stdout.write("error " + String(error && error.message ? error.message : error).replace(/\n/g, " ") + "\n");
  process.exit(1);
});
