// Joining: pick the session (or type the host's address), type the code and a name, or several
// names for a table tablet.
#include "ParticipantFrame.h"
#include "spirit/client/DisplayPanel.h"
#include "spirit/net/HostAddress.h"

namespace spirit::client {

namespace {

// Enough for a host name with a port; an IPv4 address with a port takes 21.
constexpr int kMaxAddressChars = 64;

std::vector<std::string> NamesToSend(const JoinForm& form) {
  if (!form.tableMode) return {form.name};
  std::vector<std::string> names;
  for (const std::string& name : form.tableNames) {
    if (!IsBlank(name)) names.push_back(name);
  }
  return names;
}

// The title with the display settings' "Aa" and the language switch beside it, before anything
// else is read; a title too wide for that (large text on a phone) goes below them. Then the intro.
void JoinHeading(Ui& ui, JoinForm& form, std::optional<Intent>& out, float left, float total) {
  const std::string other = ui.T(Str::OtherLanguage);
  const float titleY = ImGui::GetCursorPosY();
  const float titleSpacing = ImGui::GetStyle().ItemSpacing.x;
  const float languageWidth = ButtonWidth(ui, other);
  const float buttonsWidth = DisplaySettingsButtonWidth(ui) + titleSpacing + languageWidth;
  ImGui::SetCursorPos(ImVec2(left + total - buttonsWidth, titleY));
  if (DisplaySettingsButton(ui) && !out) out = local::OpenDisplaySettings{};
  ImGui::SameLine();
  if (Button(ui, other, {.id = "language"})) {
    form.language =
        form.language == core::Language::Dutch ? core::Language::English : core::Language::Dutch;
    if (!out) out = local::ChooseLanguage{form.language};
  }
  const float buttonBottom = ImGui::GetCursorPosY();
  const bool titleBeside =
      Measure(ui, ui.T(Str::JoinTitle), FontRole::Title).x + titleSpacing <= total - buttonsWidth;
  ImGui::SetCursorPos(ImVec2(left, titleBeside ? titleY : buttonBottom));
  Label(ui, ui.T(Str::JoinTitle), FontRole::Title, palette::kInk);
  const ImVec2 after = ImGui::GetCursorPos();
  // An intro that would run under the buttons starts below them instead.
  const bool clear =
      Measure(ui, ui.T(Str::JoinIntro), FontRole::Large).x + titleSpacing <= total - buttonsWidth;
  ImGui::SetCursorPos(clear ? after : ImVec2(after.x, std::max(after.y, buttonBottom)));
  Paragraph(ui, ui.T(Str::JoinIntro), FontRole::Large, palette::kMuted);
}

// The sessions found on the network, one button each, in room kept for one before any is found;
// keeps the chosen one among those listed.
void SessionList(Ui& ui, const ScreenContext& context, JoinForm& form, bool typing) {
  Label(ui, ui.T(Str::ChooseSession), FontRole::BodyBold, palette::kInk);
  // The list keeps the room of one session on two lines before any is found, so the form below
  // does not move when the session appears a second after the app opens.
  const float listTop = ImGui::GetCursorPosY();
  const float listRoom = ui.LineHeight(FontRole::BodyBold) * 2 + ui.Px(28);
  if (context.sessions.empty()) {
    Paragraph(ui, ui.T(Str::NoSessionsFound), FontRole::Body, palette::kMuted);
  }
  bool chosenListed = false;
  for (const SessionListing& session : context.sessions) chosenListed |= session.id == form.session;
  if (!chosenListed)
    form.session = context.sessions.empty() ? std::string() : context.sessions.front().id;
  for (const SessionListing& session : context.sessions) {
    const std::string label =
        session.address.empty() ? session.name : session.name + "   ·   " + session.address;
    if (WrapButton(
            ui, label,
            {.selected = !typing && form.session == session.id, .id = "session-" + session.id})) {
      form.session = session.id;
      form.address.clear();
    }
  }
  const float listEnd = listTop + listRoom + ImGui::GetStyle().ItemSpacing.y;
  if (ImGui::GetCursorPosY() < listEnd) ImGui::SetCursorPosY(listEnd);
}

// The host's address typed by hand, with why it is not one once the person stops typing; returns
// whether it is fine (empty counts as fine).
bool AddressField(Ui& ui, JoinForm& form, const std::string& typed, bool typing) {
  // When the network hides the host (a guest Wi-Fi that blocks discovery), its address is typed.
  Label(ui, ui.T(Str::HostAddress), FontRole::BodyBold, palette::kInk);
  Paragraph(ui, ui.T(Str::HostAddressHelp), FontRole::Body, palette::kMuted);
  TextField(ui, "host-address", ui.T(Str::HostAddressHint), form.address, kMaxAddressChars, 0,
            FontRole::Large);
  const bool addressBeingTyped = ImGui::IsItemActive();
  const bool addressOk = !typing || net::IsHostAddress(typed);
  // The reason shows once the person stops typing, not after every half-typed number.
  if (!addressOk && !addressBeingTyped) {
    Paragraph(ui, ui.T(Str::HostAddressInvalid), FontRole::BodyBold, palette::kWarm);
  }
  return addressOk;
}

// The join code's field, and why the last try did not get in beside it.
void CodeField(Ui& ui, const ScreenContext& context, JoinForm& form) {
  Label(ui, ui.T(Str::JoinCode), FontRole::BodyBold, palette::kInk);
  TextField(ui, "code", ui.T(Str::JoinCodeHint), form.code, 12);
  // Why the last try did not get in (a wrong code, no answer at the address) stands by the field.
  for (auto notice = context.notices.rbegin(); notice != context.notices.rend(); ++notice) {
    if (!notice->problem) continue;
    ui.BeginPanel(palette::kWarmSoft);
    Paragraph(ui, ui.F(Str::ProblemMark, {ui.T(notice->text)}), FontRole::BodyBold, palette::kInk);
    ui.EndPanel();
    break;
  }
}

// "My own device" or "a table tablet": side by side when both fit whole, else one above the other.
void DeviceChoice(Ui& ui, JoinForm& form) {
  // Side by side when both fit whole (with the check mark); else one above the other, never cut.
  const float choiceWidth = ChoiceWidth(ui, {ui.T(Str::PersonalDevice), ui.T(Str::TableDevice)});
  const bool sideBySide = choiceWidth < ui.Avail() - 1;
  if (Button(ui, ui.T(Str::PersonalDevice),
             {.width = choiceWidth, .selected = !form.tableMode, .id = "personal"})) {
    form.tableMode = false;
  }
  if (sideBySide) ImGui::SameLine();
  if (Button(ui, ui.T(Str::TableDevice),
             {.width = choiceWidth, .selected = form.tableMode, .id = "table"})) {
    form.tableMode = true;
  }
}

// Who joins: one name for a personal device, or at least two names (each removable, more to add)
// for a table tablet.
void NameFields(Ui& ui, JoinForm& form) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  if (!form.tableMode) {
    Label(ui, ui.T(Str::YourName), FontRole::BodyBold, palette::kInk);
    TextField(ui, "name", ui.T(Str::NameHint), form.name, core::kMaxNameLength);
    return;
  }
  Label(ui, ui.T(Str::TableNames), FontRole::BodyBold, palette::kInk);
  while (form.tableNames.size() < 2) form.tableNames.emplace_back();
  int removed = -1;
  for (int i = 0; i < int(form.tableNames.size()); ++i) {
    const std::string id = std::to_string(i);
    const float removeWidth = ui.Px(56);
    TextField(ui, "table-name-" + id, ui.T(Str::NameHint), form.tableNames[std::size_t(i)],
              core::kMaxNameLength, ui.Avail() - removeWidth - spacing);
    ImGui::SameLine();
    if (Button(ui, ui.T(Str::RemoveName),
               {.look = Look::Quiet,
                .width = removeWidth,
                .enabled = form.tableNames.size() > 2,
                .id = "remove-name-" + id})) {
      removed = i;
    }
  }
  if (removed >= 0) form.tableNames.erase(form.tableNames.begin() + removed);
  if (Button(ui, ui.T(Str::AddName),
             {.enabled = int(form.tableNames.size()) < core::kMaxPlayersPerTableDevice,
              .id = "add-name"})) {
    form.tableNames.emplace_back();
  }
}

// The big join button, enabled once a session, a code and the names are there.
void JoinButton(Ui& ui, const JoinForm& form, const std::string& chosen,
                std::optional<Intent>& out) {
  const std::vector<std::string> names = NamesToSend(form);
  const bool namesReady = form.tableMode ? names.size() >= 2 : !IsBlank(form.name);
  const bool ready = !chosen.empty() && !IsBlank(form.code) && namesReady;
  if (Button(ui, ui.T(Str::JoinButton),
             {.look = Look::Primary,
              .width = ui.Avail(),
              .height = ui.Px(72),
              .font = FontRole::LargeBold,
              .enabled = ready,
              .id = "join"})) {
    core::act::Join join;
    join.joinCode = form.code;
    join.names = names;
    join.kind = form.tableMode ? core::DeviceKind::Table : core::DeviceKind::Personal;
    join.language = form.language;
    if (!out) out = local::JoinSession{chosen, join};
  }
}

}  // namespace

void DrawJoinScreen(Ui& ui, const ScreenContext& context, ParticipantUiState& state,
                    std::optional<Intent>& out) {
  JoinForm& form = state.join;
  BeginScroll(ui, "join", ImGui::GetContentRegionAvail());
  const float avail = ImGui::GetContentRegionAvail().x;
  // Wide screens take two columns (session and code | who joins); narrow ones one.
  const bool wide = avail >= ui.Px(1100);
  const float gap = ui.Px(40);
  const float columnWidth =
      wide ? std::min((avail - gap) / 2, ui.Px(560)) : std::min(avail, ui.Px(720));
  const float total = wide ? columnWidth * 2 + gap : columnWidth;
  const float left = ImGui::GetCursorPosX() + (avail - total) / 2;
  ImGui::SetCursorPosX(left);
  ui.BeginColumn(total);
  JoinHeading(ui, form, out, left, total);
  Gap(ui, 8);
  const float columnsTop = ImGui::GetCursorPosY();
  ui.BeginColumn(columnWidth);
  // A typed address is the chosen session; tapping a session found on the network clears it.
  const std::string typed = net::TrimAddress(form.address);
  const bool typing = !typed.empty();
  SessionList(ui, context, form, typing);
  Gap(ui, 6);
  const bool addressOk = AddressField(ui, form, typed, typing);
  const std::string chosen = typing ? (addressOk ? typed : std::string()) : form.session;
  Gap(ui, 6);
  CodeField(ui, context, form);
  Gap(ui, 6);
  if (wide) {
    ui.EndColumn();
    ImGui::SetCursorPos(ImVec2(left + columnWidth + gap, columnsTop));
    ui.BeginColumn(columnWidth);
  }
  DeviceChoice(ui, form);
  Gap(ui, 6);
  NameFields(ui, form);
  Gap(ui, 10);
  JoinButton(ui, form, chosen, out);
  ui.EndColumn();
  ui.EndColumn();
  Gap(ui, 12);
  EndScroll(ui);
}

void DrawHandoverScreen(Ui& ui, const core::HandoverView& handover, std::optional<Intent>& out) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float width = std::min(ImGui::GetContentRegionAvail().x, ui.Px(900));
  const std::string title = ui.F(Str::HandoverTitle, {handover.name});
  const FontRole titleFont =
      Measure(ui, title, FontRole::Display).x <= width ? FontRole::Display : FontRole::Title;
  const std::string body = ui.F(Str::HandoverBody, {handover.name});
  const float total = ui.LineHeight(titleFont) + ui.Px(24) +
                      Measure(ui, body, FontRole::Large, width).y + ui.Px(48) + ui.Px(96);
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), (size.y - total) / 2));
  const float left = (size.x - width) / 2;
  ImGui::SetCursorPosX(left);
  ui.BeginColumn(width);
  CentredLabel(ui, title, titleFont, palette::kInk, width);
  Gap(ui, 12);
  const float bodyWidth = Measure(ui, body, FontRole::Large).x;
  if (bodyWidth < width) ImGui::SetCursorPosX(left + (width - bodyWidth) / 2);
  Paragraph(ui, body, FontRole::Large, palette::kMuted);
  Gap(ui, 36);
  const std::string iAm = ui.F(Str::IAm, {handover.name});
  const float buttonWidth =
      std::min(width, std::max(ui.Px(420), ButtonWidth(ui, iAm, FontRole::Title)));
  ImGui::SetCursorPosX(left + (width - buttonWidth) / 2);
  if (Button(ui, iAm,
             {.look = Look::Primary,
              .width = buttonWidth,
              .height = ui.Px(96),
              .font = FontRole::Title,
              .id = "take-device"})) {
    if (!out) out = GameIntent{handover.to, core::act::TakeDevice{}};
  }
  ui.EndColumn();
}

}  // namespace spirit::client
