#include "Report.h"

#include <algorithm>
#include <cstdio>
#include <functional>

namespace spirit::bench {

namespace {

double MedianOfValues(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::string Format(const char* format, double value) {
  char text[64];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

// One row of cells, as a markdown row or padded columns.
void Row(std::ostream& out, const std::vector<std::string>& cells, const std::vector<int>& widths,
         bool markdown) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (markdown) {
      out << "| " << cells[i] << " ";
    } else {
      const int width = i < widths.size() ? widths[i] : 10;
      std::string cell = cells[i];
      if (int(cell.size()) < width)
        cell = (i == 0 ? cell + std::string(std::size_t(width) - cell.size(), ' ')
                       : std::string(std::size_t(width) - cell.size(), ' ') + cell);
      out << cell << (i + 1 < cells.size() ? " " : "");
    }
  }
  out << (markdown ? "|\n" : "\n");
}

void Rule(std::ostream& out, std::size_t columns, bool markdown) {
  if (!markdown) return;
  out << "|";
  for (std::size_t i = 0; i < columns; ++i) out << (i == 0 ? "---|" : "---:|");
  out << "\n";
}

const Cell* Find(const std::vector<Cell>& cells, Peer peer, int participants) {
  for (const Cell& cell : cells) {
    if (cell.peer == peer && cell.participants == participants) return &cell;
  }
  return nullptr;
}

std::vector<int> Sizes(const std::vector<Cell>& cells) {
  std::vector<int> sizes;
  for (const Cell& cell : cells) {
    if (std::find(sizes.begin(), sizes.end(), cell.participants) == sizes.end())
      sizes.push_back(cell.participants);
  }
  return sizes;
}

double Cpu(const LoadResult& r) {
  return r.serverUserUsPerAction + r.serverKernelUsPerAction;
}

double Bytes(const LoadResult& r) {
  return r.loopbackBytesPerAction > 0 ? r.loopbackBytesPerAction : r.bytesPerAction;
}

}  // namespace

Cell MedianOf(Peer peer, int participants, const std::vector<LoadResult>& runs) {
  Cell cell;
  cell.peer = peer;
  cell.participants = participants;
  cell.runs = runs;
  std::vector<const LoadResult*> valid;
  for (const LoadResult& run : runs) {
    if (run.valid) valid.push_back(&run);
  }
  cell.validRuns = int(valid.size());
  if (valid.empty()) {
    cell.median = runs.empty() ? LoadResult{} : runs.front();
    cell.median.valid = false;
    return cell;
  }
  auto median = [&](const std::function<double(const LoadResult&)>& field) {
    std::vector<double> values;
    for (const LoadResult* run : valid) values.push_back(field(*run));
    return MedianOfValues(values);
  };
  LoadResult& m = cell.median;
  m = *valid.front();
  m.actions = long(median([](const LoadResult& r) { return double(r.actions); }));
  m.completed = long(median([](const LoadResult& r) { return double(r.completed); }));
  m.skipped = long(median([](const LoadResult& r) { return double(r.skipped); }));
  m.echoP50Ms = median([](const LoadResult& r) { return r.echoP50Ms; });
  m.echoP99Ms = median([](const LoadResult& r) { return r.echoP99Ms; });
  m.tableP50Ms = median([](const LoadResult& r) { return r.tableP50Ms; });
  m.tableP99Ms = median([](const LoadResult& r) { return r.tableP99Ms; });
  m.screenP50Ms = median([](const LoadResult& r) { return r.screenP50Ms; });
  m.screenP99Ms = median([](const LoadResult& r) { return r.screenP99Ms; });
  m.serverUserUsPerAction = median([](const LoadResult& r) { return r.serverUserUsPerAction; });
  m.serverKernelUsPerAction = median([](const LoadResult& r) { return r.serverKernelUsPerAction; });
  m.idleKiB = long(median([](const LoadResult& r) { return double(r.idleKiB); }));
  m.loadKiB = long(median([](const LoadResult& r) { return double(r.loadKiB); }));
  m.bytesPerAction = median([](const LoadResult& r) { return r.bytesPerAction; });
  m.loopbackBytesPerAction = median([](const LoadResult& r) { return r.loopbackBytesPerAction; });
  m.serverCpu = median([](const LoadResult& r) { return r.serverCpu; });
  m.loadGeneratorCpu = median([](const LoadResult& r) { return r.loadGeneratorCpu; });
  m.valid = true;
  m.why.clear();
  return cell;
}

void PrintFigures(std::ostream& out, const std::vector<Cell>& cells, bool markdown) {
  const std::vector<std::string> header = {
      "server",    "N",         "valid",          "skipped",       "echo p50",    "echo p99",
      "table p50", "table p99", "screen p50",     "screen p99",    "user µs/act", "sys µs/act",
      "idle MiB",  "load MiB",  "loopback B/act", "payload B/act", "server %",    "gen %"};
  const std::vector<int> widths = {18, 5, 5, 7, 8, 8, 9, 9, 10, 10, 11, 10, 8, 8, 14, 13, 8, 5};
  Row(out, header, widths, markdown);
  Rule(out, header.size(), markdown);
  for (const Cell& cell : cells) {
    const LoadResult& r = cell.median;
    std::string valid = std::to_string(cell.validRuns) + "/" + std::to_string(cell.runs.size());
    if (cell.validRuns == 0) {
      Row(out, {PeerName(cell.peer), std::to_string(cell.participants), valid, "invalid: " + r.why},
          widths, markdown);
      continue;
    }
    Row(out,
        {PeerName(cell.peer), std::to_string(cell.participants), valid,
         Format("%.0f%%",
                100.0 * double(r.skipped) / double(std::max<long>(1, r.actions + r.skipped))),
         Format("%.2f", r.echoP50Ms), Format("%.2f", r.echoP99Ms), Format("%.2f", r.tableP50Ms),
         Format("%.2f", r.tableP99Ms), Format("%.2f", r.screenP50Ms), Format("%.2f", r.screenP99Ms),
         Format("%.1f", r.serverUserUsPerAction), Format("%.1f", r.serverKernelUsPerAction),
         Format("%.1f", double(r.idleKiB) / 1024.0), Format("%.1f", double(r.loadKiB) / 1024.0),
         r.loopbackBytesPerAction > 0 ? Format("%.0f", r.loopbackBytesPerAction) : "-",
         Format("%.0f", r.bytesPerAction), Format("%.0f", 100.0 * r.serverCpu),
         Format("%.0f", 100.0 * r.loadGeneratorCpu)},
        widths, markdown);
  }
  // Why runs were invalid, so nothing is hidden by a median.
  for (const Cell& cell : cells) {
    for (const LoadResult& run : cell.runs) {
      if (!run.valid && cell.validRuns > 0) {
        out << (markdown ? "\n" : "") << "(" << PeerName(cell.peer) << " N=" << cell.participants
            << ": one run invalid: " << run.why << ")\n";
      }
    }
  }
}

void PrintRatios(std::ostream& out, const std::vector<Cell>& cells, bool markdown) {
  const std::vector<std::string> header = {"peer ÷ spirit-host", "N",          "echo p99",
                                           "table p99",          "screen p99", "cpu µs/act",
                                           "idle MiB",           "load MiB",   "B/act"};
  const std::vector<int> widths = {18, 5, 8, 9, 10, 10, 8, 8, 8};
  Row(out, header, widths, markdown);
  Rule(out, header.size(), markdown);
  auto ratio = [](double peer, double ours) {
    return ours > 0 ? Format("%.2f", peer / ours) : std::string("-");
  };
  for (int size : Sizes(cells)) {
    const Cell* ours = Find(cells, Peer::Ours, size);
    if (ours == nullptr || ours->validRuns == 0) continue;
    const LoadResult& o = ours->median;
    for (const Cell& cell : cells) {
      if (cell.participants != size || cell.peer == Peer::Ours) continue;
      if (cell.validRuns == 0) {
        Row(out, {PeerName(cell.peer), std::to_string(size), "invalid"}, widths, markdown);
        continue;
      }
      const LoadResult& p = cell.median;
      Row(out,
          {PeerName(cell.peer), std::to_string(size), ratio(p.echoP99Ms, o.echoP99Ms),
           ratio(p.tableP99Ms, o.tableP99Ms), ratio(p.screenP99Ms, o.screenP99Ms),
           ratio(Cpu(p), Cpu(o)), ratio(double(p.idleKiB), double(o.idleKiB)),
           ratio(double(p.loadKiB), double(o.loadKiB)), ratio(Bytes(p), Bytes(o))},
          widths, markdown);
    }
  }
}

void PrintSweep(std::ostream& out, const std::vector<SweepResult>& sweeps, bool markdown) {
  const std::vector<std::string> header = {"server", "largest N with table p99 < 100 ms",
                                           "first N that failed"};
  const std::vector<int> widths = {18, 34, 40};
  Row(out, header, widths, markdown);
  Rule(out, header.size(), markdown);
  for (const SweepResult& sweep : sweeps) {
    Row(out,
        {PeerName(sweep.peer), sweep.largest > 0 ? std::to_string(sweep.largest) : "none",
         sweep.firstFailing > 0 ? std::to_string(sweep.firstFailing) + " (" + sweep.why + ")"
                                : "none up to the cap"},
        widths, markdown);
  }
}

void PrintAims(std::ostream& out, const std::vector<Cell>& cells, bool markdown) {
  const std::string bullet = markdown ? "* " : "  ";
  for (int size : Sizes(cells)) {
    const Cell* ours = Find(cells, Peer::Ours, size);
    const Cell* colyseus = Find(cells, Peer::ColyseusBatched, size);
    const Cell* floor = Find(cells, Peer::EnetFloor, size);
    if (ours == nullptr || ours->validRuns == 0) {
      out << bullet << "N=" << size << ": our runs were invalid\n";
      continue;
    }
    const LoadResult& o = ours->median;
    out << bullet << "N=" << size << ":";
    if (colyseus != nullptr && colyseus->validRuns > 0) {
      const LoadResult& c = colyseus->median;
      const double latency = o.tableP99Ms > 0 ? c.tableP99Ms / o.tableP99Ms : 0;
      const double idle = o.idleKiB > 0 ? double(c.idleKiB) / double(o.idleKiB) : 0;
      const double load = o.loadKiB > 0 ? double(c.loadKiB) / double(o.loadKiB) : 0;
      out << " table p99 " << Format("%.1f", latency) << "× lower than Colyseus's default ("
          << (latency >= 10 ? "met" : "NOT met") << ");"
          << " memory " << Format("%.1f", idle) << "× lower idle, " << Format("%.1f", load)
          << "× under load (" << (idle >= 10 && load >= 10 ? "met" : "NOT met") << ");";
    }
    if (floor != nullptr && floor->validRuns > 0) {
      const double ofFloor =
          floor->median.tableP99Ms > 0 ? o.tableP99Ms / floor->median.tableP99Ms : 0;
      out << " table p99 " << Format("%.2f", ofFloor) << "× the ENet floor's ("
          << (ofFloor <= 2 ? "met" : "NOT met") << ");";
    }
    out << " " << (o.tableP99Ms < 100 ? "no collapse" : "COLLAPSE") << " (table p99 "
        << Format("%.1f", o.tableP99Ms) << " ms, " << o.completed << "/" << o.actions
        << " actions completed)\n";
  }
}

}  // namespace spirit::bench
