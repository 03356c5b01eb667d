#include "spirit/server/Report.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

#include "spirit/core/View.h"
#include "spirit/server/RunningPage.h"

namespace spirit::server {

using namespace spirit::core;

namespace {

// Text made safe inside the report's HTML.
std::string Html(const std::string& text) {
  return EscapeHtml(text);
}

std::string Csv(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Words of the report in both languages.
struct Words {
  const char* title;
  const char* insights;
  const char* none;
  const char* anonymous;
  const char* recognised;
  const char* shared;
  const char* privacy;
};

const Words& WordsFor(Language language) {
  static const Words dutch{
      "Sessieverslag",
      "Inzichten",
      "Nog geen.",
      "anoniem",
      "herkennen dit bij zichzelf",
      "Acties gedeeld met de zaal",
      "Dit verslag bevat geen privégegevens: geen antwoorden op signaalkaarten, geen "
      "notities en geen acties die niet gedeeld zijn."};
  static const Words english{
      "Session report",
      "Insights",
      "None yet.",
      "anonymous",
      "recognise this in themselves",
      "Actions shared with the room",
      "This report holds no private data: no answers to signal cards, no notes and no "
      "actions that were not shared."};
  return language == Language::English ? english : dutch;
}

// A horizontal bar chart as inline SVG, one bar per option or step.
std::string BarChart(const DistributionView& chart, Language language) {
  const int most = std::max(1, *std::max_element(chart.counts.begin(), chart.counts.end()));
  const int rowHeight = 26;
  const int height = rowHeight * int(chart.counts.size()) + 8;
  std::ostringstream svg;
  svg << "<svg role=\"img\" width=\"640\" height=\"" << height << "\" viewBox=\"0 0 640 " << height
      << "\">";
  for (std::size_t i = 0; i < chart.counts.size(); ++i) {
    std::string label = std::to_string(i + 1);
    if (chart.type == CardType::Case && i < chart.options.size()) {
      label = chart.options[i].In(language);
    } else if (i == 0) {
      label += " " + chart.low.In(language);
    } else if (i + 1 == chart.counts.size()) {
      label += " " + chart.high.In(language);
    }
    const int y = 4 + rowHeight * int(i);
    const int width = 300 * chart.counts[i] / most;
    svg << "<text x=\"0\" y=\"" << y + 17 << "\" font-size=\"14\">" << Html(label.substr(0, 40))
        << "</text>"
        << "<rect x=\"300\" y=\"" << y + 3 << "\" width=\"" << width
        << "\" height=\"18\" fill=\"#6a9c89\" rx=\"3\"/>"
        << "<text x=\"" << 306 + width << "\" y=\"" << y + 17 << "\" font-size=\"14\">"
        << chart.counts[i] << "</text>";
  }
  svg << "</svg>";
  return svg.str();
}

// "2 december 2026" / "2 December 2026" and "13:05", in the host's time zone.
struct WallTime {
  std::string date;
  std::string time;
};

WallTime WallTimeOf(std::int64_t unixMillis, Language language) {
  static const char* const dutch[] = {"januari",   "februari", "maart",    "april",
                                      "mei",       "juni",     "juli",     "augustus",
                                      "september", "oktober",  "november", "december"};
  static const char* const english[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  const std::time_t seconds = std::time_t(unixMillis / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  const char* month = (language == Language::English ? english : dutch)[local.tm_mon];
  char time[8];
  std::snprintf(time, sizeof time, "%02d:%02d", local.tm_hour % 24, local.tm_min % 60);
  return {std::to_string(local.tm_mday) + " " + month + " " + std::to_string(local.tm_year + 1900),
          time};
}

// "1 u 35 min" / "1 h 35 min".
std::string Duration(Millis span, Language language) {
  const Millis minutes = std::max<Millis>(0, span) / (60 * kSecond);
  std::string out;
  if (minutes >= 60)
    out = std::to_string(minutes / 60) + (language == Language::English ? " h " : " u ");
  return out + std::to_string(minutes % 60) + " min";
}

// When the session ran and who took part, as the report's opening lines.
std::string WhenAndWho(const SessionState& state, Language language, WallClockAtZero wallClock) {
  const bool english = language == Language::English;
  std::ostringstream html;
  html << "<p class=\"when\">";
  if (state.carouselStartedAt >= 0) {
    const Millis end = state.closedAt >= 0 ? state.closedAt : state.now;
    if (wallClock) {
      const WallTime start = WallTimeOf(*wallClock + state.carouselStartedAt, language);
      const WallTime until = WallTimeOf(*wallClock + end, language);
      html << (english ? "Date: " : "Datum: ") << start.date << "<br>"
           << (english ? "Carousel: " : "Carrousel: ") << start.time << "–" << until.time;
    } else {
      html << (english ? "Carousel" : "Carrousel");
    }
    html << " (" << Duration(end - state.carouselStartedAt, language)
         << (state.closedAt >= 0 ? ""
             : english           ? ", not closed yet"
                                 : ", nog niet afgesloten")
         << ")<br>";
  } else {
    html << (english ? "The carousel has not started." : "De carrousel is niet begonnen.")
         << "<br>";
  }
  const std::size_t people = state.participants.size();
  const std::size_t groups = state.groups.size();
  html << people
       << (english       ? (people == 1 ? " participant" : " participants")
           : people == 1 ? " deelnemer"
                         : " deelnemers")
       << (english ? " in " : " in ") << groups
       << (english       ? (groups == 1 ? " group" : " groups")
           : groups == 1 ? " groep"
                         : " groepen")
       << "</p>\n";
  return html.str();
}

}  // namespace

std::string HtmlReport(const SessionState& state, Language language, WallClockAtZero wallClock) {
  const View view = ViewFor(state, Viewer::BigScreen());
  const Words& words = WordsFor(language);
  std::ostringstream html;
  html << "<!DOCTYPE html>\n<html lang=\"" << LanguageCode(language)
       << "\"><head><meta charset=\"utf-8\">"
       << "<title>" << Html(view.sessionName) << " — " << words.title << "</title><style>"
       << "body{font-family:DejaVu Sans,Arial,sans-serif;max-width:760px;margin:2em "
          "auto;color:#2d3a3a;"
       << "line-height:1.5}h1{color:#3d6b5c}h2{border-bottom:2px solid #cfe0d8;padding-bottom:.2em}"
       << ".plus{color:#6a9c89;font-weight:bold}.note{color:#667;font-size:.9em}</style></"
          "head><body>\n";
  html << "<h1>" << Html(view.sessionName) << "</h1><p>" << words.title << "</p>\n"
       << WhenAndWho(state, language, wallClock);
  for (const HarvestView& harvest : view.harvests) {
    html << "<h2>" << Html(harvest.title.In(language)) << "</h2>\n<h3>" << words.insights
         << "</h3>\n";
    if (harvest.insights.empty()) html << "<p>" << words.none << "</p>\n";
    html << "<ul>\n";
    for (const InsightView& insight : harvest.insights) {
      html << "<li>" << Html(insight.text) << " <span class=\"note\">("
           << Html(insight.author.empty() ? words.anonymous : insight.author)
           << ")</span> <span class=\"plus\">+" << insight.plusOnes << "</span></li>\n";
    }
    html << "</ul>\n";
    for (const DistributionView& chart : harvest.distributions) {
      html << "<h3>" << Html(chart.title.In(language)) << "</h3><p>"
           << Html(chart.text.In(language)) << "</p>" << BarChart(chart, language) << "\n";
    }
    for (const SignalView& signal : harvest.signals) {
      html << "<p><strong>" << Html(signal.title.In(language)) << "</strong>: " << signal.recognised
           << " / " << signal.answered << " " << words.recognised << "</p>\n";
    }
  }
  html << "<h2>" << words.shared << "</h2>\n<ul>\n";
  for (const std::string& action : view.roomActions) html << "<li>" << Html(action) << "</li>\n";
  html << "</ul>\n<p class=\"note\">" << words.privacy << "</p>\n</body></html>\n";
  return html.str();
}

std::string CsvReport(const SessionState& state) {
  const View view = ViewFor(state, Viewer::BigScreen());
  std::ostringstream csv;
  csv << "station,kind,card,item,label,count,total\n";
  for (const HarvestView& harvest : view.harvests) {
    for (const DistributionView& chart : harvest.distributions) {
      for (std::size_t i = 0; i < chart.counts.size(); ++i) {
        const std::string label = chart.type == CardType::Case && i < chart.options.size()
                                      ? chart.options[i].nl
                                  : i == 0                       ? chart.low.nl
                                  : i + 1 == chart.counts.size() ? chart.high.nl
                                                                 : std::string();
        csv << Csv(harvest.deckId) << ",distribution," << Csv(chart.cardId) << "," << i + 1 << ","
            << Csv(label) << "," << chart.counts[i] << ",\n";
      }
    }
    for (const SignalView& signal : harvest.signals) {
      csv << Csv(harvest.deckId) << ",signal," << Csv(signal.cardId) << ",,," << signal.recognised
          << "," << signal.answered << "\n";
    }
    for (const InsightView& insight : harvest.insights) {
      csv << Csv(harvest.deckId) << ",insight,,," << Csv(insight.text) << "," << insight.plusOnes
          << ",\n";
    }
  }
  for (const std::string& action : view.roomActions)
    csv << ",shared-action,,," << Csv(action) << ",,\n";
  return csv.str();
}

HostResult<void> WriteReport(const SessionState& state, const std::filesystem::path& folder,
                             const std::string& name, Language language,
                             WallClockAtZero wallClock) {
  std::error_code failed;
  std::filesystem::create_directories(folder, failed);
  std::ofstream html(folder / (name + ".html"), std::ios::binary);
  std::ofstream csv(folder / (name + ".csv"), std::ios::binary);
  const auto unwritable = [&] {
    return HostFailed(HostFailure::ReportUnwritable,
                      {"kan het verslag niet schrijven in " + folder.string(),
                       "cannot write the report into " + folder.string()});
  };
  if (!html || !csv) return unwritable();
  html << HtmlReport(state, language, wallClock);
  csv << CsvReport(state);
  if (!html || !csv) return unwritable();
  return {};
}

}  // namespace spirit::server
