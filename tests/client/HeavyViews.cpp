#include "HeavyViews.h"

namespace spirit::test {

namespace {

core::Text Both(const std::string& nl, const std::string& en) {
  return {nl, en};
}

}  // namespace

core::View HeavyPlenary(core::Language language) {
  Scene scene(language, 3);
  scene.Join({"Anouk", "Bram", "Carlijn", "Daan", "Esra", "Freek"});
  scene.Start();
  scene.driver.Ok(core::Actor::Facilitator(), core::act::EndCarousel{});
  core::View view = scene.BigScreen();
  core::HarvestView& harvest = view.harvests.at(std::size_t(view.plenaryStation));
  harvest.insights.clear();
  const std::vector<std::string> insights = {
      "Eerder aan de bel trekken helpt",
      "Samen pauzeren geeft lucht",
      "Vraag wat de ander nodig heeft voordat je zelf een oplossing bedenkt",
      "Zelfzorgafspraken en teamondersteuningsgesprekken horen in de weekplanning",
      "Grenzen aangeven is ook zorgen",
      "Na een zware dienst even uitwaaien voor je naar huis gaat, samen met een collega",
      "Humor werkt, maar niet ten koste van de cliënt",
      "Ik merk mijn signalen pas als mijn partner ze benoemt",
      "Arbeidsongeschiktheidsverzekeringsvoorwaarden lezen is geen zelfzorg",
      "Een compliment van een collega blijft de hele week hangen, dat mogen we vaker doen",
  };
  for (std::size_t i = 0; i < insights.size(); ++i) {
    core::InsightView insight;
    insight.id = core::InsightId(100 + i);
    insight.text = insights[i];
    insight.plusOnes = int(10 - i);
    harvest.insights.push_back(insight);
  }
  harvest.distributions.clear();
  for (int i = 0; i < 5; ++i) {
    core::DistributionView scale;
    scale.cardId = "scale-" + std::to_string(i);
    scale.type = core::CardType::Scale;
    scale.title = Both("Stelling " + std::to_string(i + 1) + ": werkdrukbeleving en nabijheid",
                       "Statement " + std::to_string(i + 1) + ": workload and closeness");
    scale.low = Both("afstand", "distance");
    scale.high = Both("nabijheid", "closeness");
    scale.counts = {1, 2 + i % 3, 4, 3, 1 + i % 2};
    harvest.distributions.push_back(scale);
  }
  harvest.signals.clear();
  const std::vector<core::Text> signals = {
      Both("Slecht slapen", "Sleeping badly"), Both("Prikkelbaar", "Irritable"),
      Both("Concentratieproblemen", "Trouble concentrating"), Both("Hoofdpijn", "Headaches"),
      Both("Terugtrekken uit het team", "Withdrawing from the team")};
  for (std::size_t i = 0; i < signals.size(); ++i) {
    core::SignalView signal;
    signal.cardId = "signal-" + std::to_string(i);
    signal.title = signals[i];
    signal.recognised = int(1 + i);
    signal.answered = 12;
    harvest.signals.push_back(signal);
  }
  view.roomActions.clear();
  for (int i = 0; i < 20; ++i) {
    view.roomActions.push_back("Actie " + std::to_string(i + 1) +
                               ": elke vrijdag tien minuten terugkijken met mijn maatje");
  }
  return view;
}

std::vector<std::string> PlenaryItemTexts(const core::View& view) {
  std::vector<std::string> texts;
  for (const core::HarvestView& harvest : view.harvests) {
    if (harvest.station != view.plenaryStation) continue;
    for (const auto& insight : harvest.insights) texts.push_back(insight.text);
    for (const auto& distribution : harvest.distributions)
      texts.push_back(distribution.title.In(view.language));
    for (const auto& signal : harvest.signals) texts.push_back(signal.title.In(view.language));
  }
  for (const std::string& action : view.roomActions) texts.push_back("•  " + action);
  return texts;
}

}  // namespace spirit::test
