"""Lessons: a scenario with narration, played one step at a time, in English or Spanish.

A lesson file is a scenario file (scenarios.md) with an optional `lesson` block (title,
goals, language) and, per step, optional `say` narration and an `ask` checkpoint. The
scenario loader validates those fields; this module plays a lesson step by step through the
same runner as `waboard run`, and words what each step did in the lesson's language. It
never imports Qt, so every decision it shows is testable without a screen.

Over 500 lines because about half of it is the Spanish wording, kept beside the English
sentences it translates; it leaves when the app's texts move to translation files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..explain import rule_sentence
from ..money import exact_money
from ..resources import resource
from ..rules.instants import format_span
from ..rules.model import (
    Action,
    Category,
    CustomerMessage,
    OptIn,
    OptOut,
    Reason,
    Referral,
    Regime,
    ResumeMarketing,
    SendText,
    StopMarketing,
    Wait,
)
from ..scenario.loader import LESSON_LANGUAGES, Scenario, Step, load_scenario, parse_scenario
from ..scenario.runner import perform, start_workspace
from ..service import StepResult, Workspace
from ..store import Store

LESSONS_FOLDER = "lessons"


@dataclass(frozen=True)
class Lesson:
    """A validated lesson file; a scenario without a `lesson` block is a lesson too."""

    scenario: Scenario
    source: Path | None = None

    @property
    def title(self) -> str:
        info = self.scenario.lesson
        return info.title if info is not None else self.scenario.name

    @property
    def goals(self) -> tuple[str, ...]:
        info = self.scenario.lesson
        return info.goals if info is not None else ()

    @property
    def language(self) -> str:
        info = self.scenario.lesson
        return info.language if info is not None else LESSON_LANGUAGES[0]

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.scenario.steps

    @property
    def checkpoints(self) -> int:
        return sum(step.ask is not None for step in self.steps)

    def customer_name(self, customer_id: str) -> str:
        for customer in self.scenario.customers:
            if customer.id == customer_id:
                return customer.name
        return customer_id


def load_lesson(path: str | Path) -> Lesson:
    """Read and validate a lesson file. Raises ScenarioError naming the field at fault."""
    return Lesson(load_scenario(path), Path(path))


def parse_lesson(data: bytes | str, source: str = "lesson") -> Lesson:
    return Lesson(parse_scenario(data, source))


def as_lesson(item: Lesson | Scenario | str | Path) -> Lesson:
    if isinstance(item, Lesson):
        return item
    if isinstance(item, Scenario):
        return Lesson(item)
    return load_lesson(item)


# Playing


@dataclass(frozen=True)
class Played:
    """One step as it was played: the step, what the rules decided, and the action."""

    step: Step
    result: StepResult
    action: Action
    regime: Regime


def step_action(workspace: Workspace, step: Step) -> Action:
    """The rules' action a step performs (for the sentence of the rule that decided it)."""
    match step.action:
        case "customer_message":
            return CustomerMessage(step.text, step.referral)
        case "send_text":
            return SendText(step.text)
        case "send_template":
            return workspace.template_action(step.template, step.language, step.params)
        case "opt_in":
            return OptIn()
        case "opt_out":
            return OptOut()
        case "stop_marketing":
            return StopMarketing()
        case "resume_marketing":
            return ResumeMarketing()
        case _:
            return Wait()


def in_memory_store() -> Store:
    return Store.open(None)


@dataclass
class LessonSession:
    """Where a lesson stands: `position` steps played, perhaps a question waiting.

    `next()` plays the next step, or, when that step has a checkpoint, puts its question
    first (`awaiting_answer`); `answer(i)` records the audience's choice and plays the
    step. `back()` and `restart()` replay from the start into a fresh store, so every
    position always shows the same inbox. Stores come from `open_store`; the session never
    closes them (whoever shows a workspace closes it when done).
    """

    lesson: Lesson
    open_store: Callable[[], Store] = in_memory_store
    position: int = 0
    awaiting_answer: bool = False
    answers: dict[int, int] = field(default_factory=dict)
    played: list[Played] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.workspace, self.ids = self._fresh()

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.lesson.steps

    @property
    def finished(self) -> bool:
        return self.position >= len(self.steps) and not self.awaiting_answer

    @property
    def shown_step(self) -> Step | None:
        """The step on screen: the one asked about, else the last one played."""
        if self.awaiting_answer:
            return self.steps[self.position]
        return self.steps[self.position - 1] if self.position else None

    @property
    def last_played(self) -> Played | None:
        return self.played[-1] if self.played else None

    @property
    def right_answers(self) -> int:
        return sum(self.steps[i].ask.answer == choice  # type: ignore[union-attr]
                   for i, choice in self.answers.items())

    def next(self) -> bool:
        """Show the next step's question, or play the next step. False when nothing to do."""
        if self.awaiting_answer or self.position >= len(self.steps):
            return False
        step = self.steps[self.position]
        if step.ask is not None:
            self.awaiting_answer = True
        else:
            self._play(step)
        return True

    def answer(self, choice: int) -> bool | None:
        """Record the audience's choice and play the step: whether it was right.

        None when no question is waiting; ValueError for an index that is not a choice.
        """
        if not self.awaiting_answer:
            return None
        step = self.steps[self.position]
        assert step.ask is not None
        if not 0 <= choice < len(step.ask.choices):
            raise ValueError(f"{choice} is not a choice (0..{len(step.ask.choices) - 1})")
        self.answers[step.index] = choice
        self.awaiting_answer = False
        self._play(step)
        return choice == step.ask.answer

    def back(self) -> bool:
        """Withdraw a waiting question, or replay up to the previous step. False at the start."""
        if self.awaiting_answer:
            self.awaiting_answer = False
            return True
        if self.position == 0:
            return False
        self.replay(self.position - 1)
        return True

    def restart(self) -> None:
        self.answers.clear()
        self.replay(0)

    def replay(self, count: int) -> None:
        """A fresh store with the first `count` steps played (answers after them forgotten)."""
        count = max(0, min(count, len(self.steps)))
        self.workspace, self.ids = self._fresh()
        self.position, self.awaiting_answer, self.played = 0, False, []
        self.answers = {i: choice for i, choice in self.answers.items() if i < count}
        for step in self.steps[:count]:
            self._play(step)

    def last_rule_text(self) -> str:
        last = self.last_played
        return "" if last is None else rule_text(last, self.lesson.language)

    def _fresh(self) -> tuple[Workspace, dict[str, int]]:
        store = self.open_store()
        try:
            return start_workspace(store, self.lesson.scenario)
        except BaseException:
            store.close()
            raise

    def _play(self, step: Step) -> None:
        workspace = self.workspace
        action = step_action(workspace, step)
        result = perform(workspace, self.ids[step.customer], step)
        self.played.append(Played(step, result, action, workspace.regime))
        self.position += 1


# Words, in the lesson's language


TEXTS = {
    "en": {
        "step": "Step {n} of {total}",
        "intro": "Press Next to play the first step.",
        "end": "End of the lesson.",
        "score": "Right answers: {right} of {asked}.",
        "charged_total": "Charged in this lesson: {amount}.",
        "goals": "Goals",
        "question": "Question",
        "result": "What happened",
        "rule": "Rule",
        "right": "✓ Right: {choice}.",
        "wrong": "✗ Not quite: the answer is {choice}.",
        "waiting": "Answer the question to play this step.",
        "next": "Next",
        "back": "Back",
        "restart": "Restart",
        "open": "Open lesson…",
        "empty": "No lesson loaded. Open one to play it step by step in the inbox.",
        "accepted": "Accepted",
        "refused": "Refused",
        "received": "Message received",
        "opted_in": "Opt-in recorded",
        "opted_out": "Opt-out recorded",
        "waited": "Time passed",
        "opens": "Opens a {category} conversation until {until}",
        "joins": "Counted in the open {category} conversation",
        "per_message": "Per-message pricing: counted as {category}",
        "fep_pm": "Inside a free entry point: every message is free",
        "charge": "Charge: {amount} ({market})",
        "free": "Charge: none",
        "free_tier": "Charge: none (monthly free tier of service conversations)",
        "free_service": "Charge: none (service conversations are free since November 2024)",
        "window_open": "Customer service window: open until {until} ({left} left)",
        "window_closed": "Customer service window: closed since {until}",
        "window_never": "Customer service window: never opened",
        "writes": "{name} writes: “{text}”",
        "writes_ad": "{name} writes from a click-to-WhatsApp ad: “{text}”",
        "writes_page": "{name} writes from a Facebook Page button: “{text}”",
        "sends_text": "The business replies to {name}: “{text}”",
        "sends_template": "The business sends {name} the template {template} ({locale})",
        "opts_in": "{name} opts in to messages from the business",
        "opts_out": "{name} opts out of marketing messages",
        "waits": "Time passes ({name})",
    },
    "es": {
        "step": "Paso {n} de {total}",
        "intro": "Pulsa Siguiente para reproducir el primer paso.",
        "end": "Fin de la lección.",
        "score": "Respuestas correctas: {right} de {asked}.",
        "charged_total": "Cobrado en esta lección: {amount}.",
        "goals": "Objetivos",
        "question": "Pregunta",
        "result": "Qué pasó",
        "rule": "Regla",
        "right": "✓ Correcto: {choice}.",
        "wrong": "✗ No exactamente: la respuesta es {choice}.",
        "waiting": "Responde la pregunta para reproducir este paso.",
        "next": "Siguiente",
        "back": "Atrás",
        "restart": "Reiniciar",
        "open": "Abrir lección…",
        "empty": "No hay lección abierta. Abre una para reproducirla paso a paso en la bandeja.",
        "accepted": "Aceptado",
        "refused": "Rechazado",
        "received": "Mensaje recibido",
        "opted_in": "Consentimiento registrado",
        "opted_out": "Baja registrada",
        "waited": "Pasó el tiempo",
        "opens": "Abre una conversación de {category} hasta el {until}",
        "joins": "Cuenta en la conversación de {category} abierta",
        "per_message": "Precio por mensaje: cuenta como {category}",
        "fep_pm": "Dentro de un punto de entrada gratuito: todo mensaje es gratis",
        "charge": "Cargo: {amount} ({market})",
        "free": "Cargo: ninguno",
        "free_tier": "Cargo: ninguno (cupo mensual gratuito de conversaciones de servicio)",
        "free_service": "Cargo: ninguno (las conversaciones de servicio son gratis desde "
                        "noviembre de 2024)",
        "window_open": "Ventana de atención al cliente: abierta hasta el {until} "
                       "(quedan {left})",
        "window_closed": "Ventana de atención al cliente: cerrada desde el {until}",
        "window_never": "Ventana de atención al cliente: nunca se abrió",
        "writes": "{name} escribe: «{text}»",
        "writes_ad": "{name} escribe desde un anuncio de clic a WhatsApp: «{text}»",
        "writes_page": "{name} escribe desde un botón de su página de Facebook: «{text}»",
        "sends_text": "La empresa responde a {name}: «{text}»",
        "sends_template": "La empresa envía a {name} la plantilla {template} ({locale})",
        "opts_in": "{name} acepta recibir mensajes de la empresa",
        "opts_out": "{name} se da de baja de los mensajes de marketing",
        "waits": "Pasa el tiempo ({name})",
    },
}

CATEGORY_WORDS = {
    "en": {Category.MARKETING: "marketing", Category.UTILITY: "utility",
           Category.AUTHENTICATION: "authentication", Category.SERVICE: "service",
           Category.FREE_ENTRY_POINT: "free entry point"},
    "es": {Category.MARKETING: "marketing", Category.UTILITY: "utilidad",
           Category.AUTHENTICATION: "autenticación", Category.SERVICE: "servicio",
           Category.FREE_ENTRY_POINT: "punto de entrada gratuito"},
}

_DAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
         "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")}
_MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                  "Nov", "Dec"),
           "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
                  "nov", "dic")}

# Why a message was refused, in Spanish (the engine words it in English, as Meta does)
REFUSALS_ES = {
    Reason.UNDELIVERABLE: "Mensaje no entregable: el número no tiene cuenta de WhatsApp",
    Reason.TEMPLATE_NOT_FOUND: "La plantilla no existe en esa traducción",
    Reason.TEMPLATE_NOT_APPROVED: "La plantilla no existe en esa traducción: no está aprobada",
    Reason.TEMPLATE_PAUSED: "La plantilla está pausada",
    Reason.TEMPLATE_DISABLED: "La plantilla está desactivada",
    Reason.PARAM_MISMATCH: "El número de parámetros no coincide con el esperado",
    Reason.WINDOW_CLOSED: "Mensaje de reenganche: pasaron más de 24 horas desde el último "
                          "mensaje del cliente",
    Reason.OPTED_OUT: "El cliente decidió dejar de recibir mensajes de marketing",
    Reason.NO_OPT_IN: "Sin consentimiento: una plantilla iniciada por la empresa necesita "
                      "el consentimiento del cliente",
    Reason.US_MARKETING_PAUSED: "Meta no entrega plantillas de marketing a números de "
                                "Estados Unidos desde el 1 de abril de 2025",
    Reason.MARKETING_LIMIT: "Límite de marketing por usuario (simulado): el cliente ya "
                            "recibió las plantillas de marketing permitidas en 24 horas",
    Reason.MARKETING_STOPPED: "El cliente detuvo el marketing de esta empresa en WhatsApp",
}

REASON_WORDS = {
    "en": {Reason.NO_OPT_IN: "no opt-in"},
    "es": {Reason.NO_OPT_IN: "sin consentimiento"},
}

# explain.rule_sentence in Spanish, keyed by its English sentence (English when missing)
RULES_ES = {
    "Messages to a number without a WhatsApp account are never delivered, so nothing opens "
    "and nothing is charged.":
        "Un mensaje a un número sin cuenta de WhatsApp nunca se entrega: no abre nada y no "
        "se cobra.",
    "Only templates registered in this name and language can be sent.":
        "Solo se pueden enviar plantillas registradas con ese nombre y en ese idioma.",
    "Only approved templates can be sent; pending and rejected ones do not exist for the "
    "platform.":
        "Solo se envían plantillas aprobadas; para la plataforma, las pendientes y las "
        "rechazadas no existen.",
    "A paused template cannot be sent until its quality recovers.":
        "Una plantilla pausada no se puede enviar hasta que su calidad se recupere.",
    "A disabled template can no longer be sent.":
        "Una plantilla desactivada ya no se puede enviar.",
    "A template needs exactly one value per {{n}} parameter, and its body must stay within "
    "1,024 characters.":
        "Una plantilla necesita exactamente un valor por parámetro {{n}}, y su cuerpo no "
        "puede pasar de 1.024 caracteres.",
    "Free-form messages can only be sent within 24 hours of the customer's last message; "
    "after that only a template can reach them.":
        "Los mensajes libres solo se pueden enviar dentro de las 24 horas siguientes al "
        "último mensaje del cliente; después, solo una plantilla llega.",
    "A customer who opted out receives no marketing template at all.":
        "Un cliente que se dio de baja no recibe ninguna plantilla de marketing.",
    "A customer who stops a business's promotions in WhatsApp receives no marketing template "
    "from it (131050); the consent ledger is unchanged.":
        "Un cliente que detiene las promociones de una empresa en WhatsApp no recibe sus "
        "plantillas de marketing (131050); el registro de consentimiento no cambia.",
    "A customer who resumes promotions in WhatsApp receives marketing templates again.":
        "Un cliente que reanuda las promociones en WhatsApp vuelve a recibir plantillas de "
        "marketing.",
    "Since 1 April 2025 Meta does not deliver marketing templates to United States numbers.":
        "Desde el 1 de abril de 2025 Meta no entrega plantillas de marketing a números de "
        "Estados Unidos.",
    "Meta caps how many marketing templates one person receives; this workspace simulates "
    "the cap as a limit per rolling 24 hours.":
        "Meta limita cuántas plantillas de marketing recibe una persona; este espacio de "
        "trabajo simula el límite por 24 horas móviles.",
    "The customer stopped this business's marketing messages in WhatsApp itself; other "
    "templates still reach them.":
        "El cliente detuvo los mensajes de marketing de esta empresa en el propio WhatsApp; "
        "las demás plantillas le siguen llegando.",
    "A template sent outside the customer service window needs the customer's opt-in.":
        "Una plantilla enviada fuera de la ventana de atención necesita el consentimiento "
        "del cliente.",
    "A message from an ad or a Page button opens the customer service window and makes the "
    "business's first reply a free entry point.":
        "Un mensaje desde un anuncio o un botón de página abre la ventana de atención y "
        "convierte la primera respuesta de la empresa en un punto de entrada gratuito.",
    "A customer message opens, or restarts, the 24-hour customer service window.":
        "Un mensaje del cliente abre, o reinicia, la ventana de atención de 24 horas.",
    "With an opt-in, templates may reach the customer outside the window.":
        "Con consentimiento, las plantillas pueden llegar al cliente fuera de la ventana.",
    "After an opt-out no marketing template may be sent to the customer.":
        "Tras una baja no se puede enviar ninguna plantilla de marketing al cliente.",
    "Only time passes.": "Solo pasa el tiempo.",
    "After an ad or Page button, the business's first reply opens a free 72-hour entry "
    "point in which every message is free.":
        "Tras un anuncio o un botón de página, la primera respuesta de la empresa abre un "
        "punto de entrada gratuito de 72 horas en el que todo mensaje es gratis.",
    "Per-message pricing charges every delivered template of this category.":
        "El precio por mensaje cobra cada plantilla entregada de esta categoría.",
    "Per-message pricing: free-form replies, and utility templates inside the window, are "
    "free.":
        "Precio por mensaje: las respuestas libres, y las plantillas de utilidad dentro de "
        "la ventana, son gratis.",
    "A free-form reply joins the earliest open conversation of any category at no charge.":
        "Una respuesta libre se suma, sin cargo, a la conversación abierta más antigua, sea "
        "de la categoría que sea.",
    "A template joins the open conversation of its own category at no charge.":
        "Una plantilla se suma, sin cargo, a la conversación abierta de su misma categoría.",
    "A free-form reply with no conversation open opens a 24-hour service conversation.":
        "Una respuesta libre sin ninguna conversación abierta abre una conversación de "
        "servicio de 24 horas.",
    "A template opens a 24-hour conversation of its category when none of that category is "
    "open.":
        "Una plantilla abre una conversación de 24 horas de su categoría cuando no hay "
        "ninguna de esa categoría abierta.",
}


def text(language: str, key: str, **values: object) -> str:
    table = TEXTS.get(language, TEXTS["en"])
    return table[key].format(**values)


def format_moment(at: datetime, language: str = "en") -> str:
    """"Mon 5 Jun 2023 09:00 UTC" / "lun 5 jun 2023 09:00 UTC"."""
    days = _DAYS.get(language, _DAYS["en"])
    months = _MONTHS.get(language, _MONTHS["en"])
    return (f"{days[at.weekday()]} {at.day} {months[at.month - 1]} {at.year} "
            f"{at:%H:%M} UTC")


def category_word(category: Category, language: str = "en") -> str:
    return CATEGORY_WORDS.get(language, CATEGORY_WORDS["en"])[Category(category)]


def describe_step(lesson: Lesson, step: Step) -> str:
    """What a step does, in one line of the lesson's language."""
    language = lesson.language
    name = lesson.customer_name(step.customer)
    match step.action:
        case "customer_message":
            key = {None: "writes", Referral.CTWA_AD: "writes_ad",
                   Referral.PAGE_CTA: "writes_page"}[step.referral]
            return text(language, key, name=name, text=step.text)
        case "send_text":
            return text(language, "sends_text", name=name, text=step.text)
        case "send_template":
            return text(language, "sends_template", name=name, template=step.template,
                        locale=step.language)
        case "opt_in":
            return text(language, "opts_in", name=name)
        case "opt_out":
            return text(language, "opts_out", name=name)
        case _:
            return text(language, "waits", name=name)


def rule_text(played: Played, language: str = "en") -> str:
    """The rule that decided a step (explain.rule_sentence), in the lesson's language."""
    sentence = rule_sentence(played.action, played.result.outcome, played.regime)
    return RULES_ES.get(sentence, sentence) if language == "es" else sentence


@dataclass(frozen=True)
class StepReport:
    """What a played step did: `accepted` is None for customer actions and events."""

    headline: str
    accepted: bool | None
    details: tuple[str, ...]
    rule: str


def report(played: Played, language: str = "en") -> StepReport:
    """The result of a step as the player shows it: accepted or refused with its code, the
    conversation it was counted in, the charge, and the customer service window."""
    outcome, step = played.result.outcome, played.step
    details: list[str] = []
    accepted: bool | None = None
    if step.action in ("send_text", "send_template"):
        accepted = outcome.accepted
        refusal = outcome.refusal
        if refusal is not None:
            code = refusal.code if refusal.code else REASON_WORDS[language][refusal.reason]
            headline = f"{text(language, 'refused')} · {code}"
            details.append(REFUSALS_ES[refusal.reason] if language == "es" else refusal.message)
        else:
            headline = text(language, "accepted")
            details += _conversation_lines(played, language)
    else:
        headline = text(language, {"customer_message": "received", "opt_in": "opted_in",
                                   "opt_out": "opted_out"}.get(step.action, "waited"))
    details.append(_window_line(played, language))
    return StepReport(headline, accepted, tuple(details), rule_text(played, language))


def _conversation_lines(played: Played, language: str) -> list[str]:
    outcome, regime = played.result.outcome, played.regime
    use = outcome.conversation
    if use is None:
        return []
    category = category_word(use.category, language)
    if regime.per_message:
        lines = [text(language, "fep_pm") if use.category is Category.FREE_ENTRY_POINT
                 else text(language, "per_message", category=category)]
    elif use.opened and use.expires is not None:
        lines = [text(language, "opens", category=category,
                      until=format_moment(use.expires, language))]
    else:
        lines = [text(language, "joins", category=category)]
    if outcome.charge:
        market = played.result.market
        lines.append(text(language, "charge", amount=exact_money(outcome.charge, market.currency),
                          market=market.market))
    elif use.opened and use.category is Category.SERVICE and not regime.per_message:
        lines.append(text(language, "free_tier" if regime.has_free_tier else "free_service"))
    else:
        lines.append(text(language, "free"))
    return lines


def _window_line(played: Played, language: str) -> str:
    state, at = played.result.outcome.state, played.result.at
    closes = state.window_expires()
    if closes is None:
        return text(language, "window_never")
    if state.window_open(at):
        return text(language, "window_open", until=format_moment(closes, language),
                    left=format_span(at, closes))
    return text(language, "window_closed", until=format_moment(closes, language))


def lessons_folder() -> Path:
    return resource(LESSONS_FOLDER)


def bundled_lessons() -> list[Path]:
    return sorted(lessons_folder().glob("*.json"))
