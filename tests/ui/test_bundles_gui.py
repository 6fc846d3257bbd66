"""Partner bundles in the window: export wizard → import dialog, key warnings, merge review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.domain.handling import TLP, Handling
from casebench.services import bundles, merge_review
from casebench.services import entities as es
from casebench.services import identity as identity_svc
from casebench.services import partners as partners_svc
from casebench.services.bundles import LegalBasis, Selection
from casebench.services.cases import create_case, open_case
from casebench.ui.bundle_import import ImportDialog
from casebench.ui.bundle_wizard import ExportWizard
from casebench.ui.dialogs import ask
from casebench.ui.workbench import Workbench

ID_A = "identity of ana for the tests"
ID_B = "identity of bruno for the tests"
IMO = "9074729"


class World:
    """Two investigators (homes, identities, cases) who pinned each other's cards."""

    def __init__(self, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.tmp = tmp
        self.mp = monkeypatch
        self.home_a, self.home_b = tmp / "home-a", tmp / "home-b"
        self.home_a.mkdir()
        self.home_b.mkdir()
        self.use("a")
        card_a = identity_svc.create(ID_A, name="Ana Ruiz", agency="UDYCO Madrid", country="es").card
        self.use("b")
        card_b = identity_svc.create(ID_B, name="Bruno Costa", agency="Policia Judiciaria", country="pt").card
        partners_svc.add(ID_B, card_a, fingerprint_confirmed=True)
        self.use("a")
        partners_svc.add(ID_A, card_b, fingerprint_confirmed=True)
        self.case_a, self.case_b = tmp / "A.casebench", tmp / "B.casebench"
        a = create_case(self.case_a, PASSPHRASE, user="ana", title="Mar Azul (ES)", reference="ES-1",
                        originator="UDYCO Madrid", originator_country="es", default_tlp="AMBER")
        self.vessel = es.add_entity(a, es.EntityDraft("Vessel", [("name", "Mar Azul"), ("imoNumber", IMO)]))
        self.person = es.add_entity(a, es.EntityDraft("Person", [("name", "Mamadou Diallo")]))
        es.add_values(a, self.person, [("phone", "+34 612 345 678")],
                      es.Source(handling=Handling(tlp=TLP.RED)))
        a.close()
        b = create_case(self.case_b, PASSPHRASE, user="bruno", title="Rota (PT)", reference="PT-1",
                        originator="PJ", originator_country="pt", default_tlp="AMBER")
        self.local_vessel = es.add_entity(b, es.EntityDraft("Vessel", [("name", "Sea Blue"), ("imoNumber", IMO)]))
        b.close()

    def use(self, who: str) -> None:
        self.mp.setenv("CASEBENCH_HOME", str(self.home_a if who == "a" else self.home_b))

    def export_with_services(self, out: Path) -> Path:
        """A → B without the window (for the tests that start at the import side)."""
        self.use("a")
        ident = identity_svc.unlock(ID_A)
        partner = partners_svc.list_partners(ID_A)[0]
        with open_case(self.case_a, PASSPHRASE, user="ana") as case:
            plan = bundles.plan_export(case, Selection(entity_ids=[self.vessel]), [partner], identity=ident)
            res = bundles.write_export(case, plan, ident, out, legal_basis=LegalBasis("JIT", "JIT-1"),
                                       purpose="joint analysis")
        return res.paths[0]


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    return World(tmp_path, monkeypatch)


def open_in(qtbot, bench: Workbench, path: Path) -> None:
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)


def on_worker(qtbot, bench: Workbench, fn: Any, *args: Any) -> Any:
    box: list[Any] = []
    bench.session.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    assert not isinstance(box[0], BaseException), box[0]
    return box[0]


def bundles_page(qtbot, bench: Workbench):
    bench.caseview.select("bundles")
    page = bench.caseview.bundles
    assert bench.caseview.stack.currentWidget() is page
    return page


def import_through_dialog(qtbot, bench: Workbench, bundle: Path, passphrase: str) -> ImportDialog:
    page = bundles_page(qtbot, bench)
    with ask.scripted([passphrase]):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=TIMEOUT)
    dialog = page.import_dialog
    assert dialog is not None
    dialog.path.setText(str(bundle))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps_shown, timeout=TIMEOUT)
    return dialog


def test_export_wizard_withheld_report_then_import_in_a_second_case(qtbot, bench, world, tmp_path,
                                                                     qtmodeltester) -> None:
    world.use("a")
    open_in(qtbot, bench, world.case_a)
    page = bundles_page(qtbot, bench)
    with ask.scripted([ID_A]) as log:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert log and log[0][0] == "text"
    qtbot.waitUntil(lambda: page.export_wizard is not None and page.export_wizard.isVisible(), timeout=TIMEOUT)
    wizard: ExportWizard = page.export_wizard
    sel = wizard.selection_page
    qtbot.waitUntil(lambda: sel.entities.rowCount() >= 2, timeout=TIMEOUT)
    qtmodeltester.check(sel.entities)
    assert not sel.isComplete()
    sel.entities.set_checked(world.vessel, True)
    sel.entities.set_checked(world.person, True)
    assert sel.isComplete()
    wizard.next()
    rec = wizard.recipients_page
    assert rec.to_partners.isChecked() and rec.partners.rowCount() == 1
    assert not rec.isComplete()
    rec.partners.setData(rec.partners.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert rec.isComplete()
    wizard.next()
    legal = wizard.legal_page
    legal.kind.setCurrentIndex(legal.kind.findData("JIT"))
    qtbot.keyClicks(legal.reference, "JIT-ES-PT-2024-03")
    qtbot.keyClicks(legal.purpose, "joint analysis of the route")
    out = tmp_path / "to-bruno.cbx"
    legal.output.setText(str(out))
    assert legal.isComplete(), legal.problem()
    wizard.next()
    review = wizard.review_page
    qtbot.waitUntil(lambda: review.plan is not None, timeout=TIMEOUT)
    qtmodeltester.check(review.model)
    assert review.model.rowCount() >= 1
    reasons = [review.model.index(r, 3).data() for r in range(review.model.rowCount())]
    assert any("TLP:RED goes only to recipients named" in r for r in reasons)
    assert "Withheld" in review.withheld_label.text()
    assert "2 entities" in review.summary.text()
    assert not out.exists()  # nothing is written before the user confirms
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=TIMEOUT)
    assert out.is_file() and not wizard.isVisible()
    assert wizard.result_.bundle_id in page.status.text()
    bench.close_case()
    qtbot.waitUntil(lambda: not bench.session.is_open, timeout=TIMEOUT)

    world.use("b")
    open_in(qtbot, bench, world.case_b)
    dialog = import_through_dialog(qtbot, bench, out, ID_B)
    result = dialog.result_
    assert result is not None and dialog.refusal is None
    assert result.entities_new == 2 and result.reviews == 1
    shown = [dialog.steps.item(i).text() for i in range(dialog.steps.count())]
    assert len(shown) == len(result.steps) >= 4
    assert any("signature by key" in s for s in shown) and all(s.startswith("✓") for s in shown)
    assert "Imported bundle" in dialog.summary.text()
    phones = on_worker(qtbot, bench, lambda c: es.get(c, world.person).values("phone"))
    assert phones == []  # the RED value stayed at home
    review_view = bundles_page(qtbot, bench).review
    qtbot.waitUntil(lambda: review_view.model.rowCount() == 1, timeout=TIMEOUT)


def test_changed_sender_key_is_refused_until_confirmed(qtbot, bench, world, tmp_path) -> None:
    # Someone makes a new identity with Ana's name and agency and sends Bruno a bundle.
    impostor_home = tmp_path / "home-x"
    impostor_home.mkdir()
    world.mp.setenv("CASEBENCH_HOME", str(impostor_home))
    ident = identity_svc.create("impostor passphrase", name="Ana Ruiz", agency="UDYCO Madrid", country="es")
    world.use("b")
    bruno_card = identity_svc.unlock(ID_B).card
    world.mp.setenv("CASEBENCH_HOME", str(impostor_home))
    partners_svc.add("impostor passphrase", bruno_card, fingerprint_confirmed=True)
    partner = partners_svc.list_partners("impostor passphrase")[0]
    out = tmp_path / "fake.cbx"
    with open_case(world.case_a, PASSPHRASE, user="x") as case:
        plan = bundles.plan_export(case, Selection(entity_ids=[world.vessel]), [partner], identity=ident)
        bundles.write_export(case, plan, ident, out, legal_basis=LegalBasis("MLA", "M-1"), purpose="test")

    world.use("b")
    open_in(qtbot, bench, world.case_b)
    before = on_worker(qtbot, bench, lambda c: es.count_entities(c))
    dialog = import_through_dialog(qtbot, bench, out, ID_B)
    assert dialog.result_ is None and dialog.refusal is not None
    warning = dialog.warning
    assert warning.isVisible()
    assert "CHANGED" in warning.title.text()
    assert warning.fp_hex.text() == ident.card.fingerprint_hex
    assert warning.fp_words.text() == ident.card.fingerprint_words
    assert not warning.accept_button.isEnabled()
    warning.accept_button.click()  # disabled: nothing happens without the confirmation
    warning._accept()  # even when called directly, it needs the tick
    qtbot.wait(50)
    assert dialog.runner is None and dialog.result_ is None
    assert on_worker(qtbot, bench, lambda c: es.count_entities(c)) == before
    assert "unchanged" in dialog.summary.text()
    # Confirmed out of band: the key is pinned and the bundle imported.
    warning.confirm.setChecked(True)
    qtbot.mouseClick(warning.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.steps_shown, timeout=TIMEOUT)
    assert any("pinned" in dialog.steps.item(i).text() for i in range(dialog.steps.count()))
    assert on_worker(qtbot, bench, lambda c: es.count_entities(c)) == before + 1


def test_merge_review_accept_then_undo(qtbot, bench, world, tmp_path, qtmodeltester) -> None:
    bundle = world.export_with_services(tmp_path / "a.cbx")
    world.use("b")
    ident = identity_svc.unlock(ID_B)
    with open_case(world.case_b, PASSPHRASE, user="bruno") as case:
        bundles.import_bundle(case, bundle, identity=ident, partners=partners_svc.load(ID_B),
                              identity_passphrase=ID_B)
        (proposal,) = merge_review.list_reviews(case)
    open_in(qtbot, bench, world.case_b)
    view = bundles_page(qtbot, bench).review
    qtbot.waitUntil(lambda: view.ready and view.model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(view.model)
    assert view.model.index(0, 2).data() == "Sea Blue"
    assert "IMO" in view.model.index(0, 3).data() or IMO in view.model.index(0, 3).data()
    qtbot.waitUntil(lambda: view.preview.rowCount() > 0, timeout=TIMEOUT)
    shared = [view.preview.item(r, 0).text() for r in range(view.preview.rowCount())]
    assert any("IMO" in s for s in shared)
    assert view.accept_button.isEnabled() and not view.undo_button.isEnabled()

    def canonical(c: Any, eid: str) -> str:
        from casebench.store import entities as repo
        return repo.canonical_id(c, eid)

    qtbot.keyClicks(view.note, "same IMO number")
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.ready and not view.busy and view.model.rowCount() == 0, timeout=TIMEOUT)
    assert on_worker(qtbot, bench, canonical, proposal.imported_id) == world.local_vessel
    view.show_combo.setCurrentIndex(view.show_combo.findData(None))  # all decisions
    qtbot.waitUntil(lambda: view.ready and view.model.rowCount() == 1, timeout=TIMEOUT)
    assert view.model.index(0, 0).data() == "accepted"
    assert view.undo_button.isEnabled()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.ready and not view.busy and view.model.index(0, 0).data() == "pending",
                    timeout=TIMEOUT)
    assert on_worker(qtbot, bench, canonical, proposal.imported_id) == proposal.imported_id
    names = on_worker(qtbot, bench, lambda c: sorted(
        es.get(c, i).caption for i in (proposal.imported_id, world.local_vessel)))
    assert names == ["Mar Azul", "Sea Blue"]


def test_future_dated_bundle_needs_the_clock_confirmed(qtbot, bench, world, tmp_path) -> None:
    """This computer's clock is three days behind the sender's: the bundle looks future-dated."""
    from casebench.exchange import importer
    from casebench.services import audit as audit_svc

    out = world.export_with_services(tmp_path / "ahead.cbx")
    world.mp.setattr(importer, "utc_now", lambda: "2000-01-01T00:00:00.000000Z")
    world.use("b")
    open_in(qtbot, bench, world.case_b)
    before = on_worker(qtbot, bench, lambda c: es.count_entities(c))
    dialog = import_through_dialog(qtbot, bench, out, ID_B)
    assert dialog.result_ is None and isinstance(dialog.refusal, Exception)
    clock = dialog.clock_warning
    assert clock.isVisible() and not dialog.warning.isVisible()
    assert "2000-01-01" in clock.text.text()  # this computer's time, as the user reads it
    assert "--accept-clock" not in clock.text.text()  # no command-line words in the window
    assert not clock.accept_button.isEnabled()
    clock._accept()  # without the tick nothing happens
    qtbot.wait(50)
    assert dialog.runner is None and dialog.result_ is None
    assert on_worker(qtbot, bench, lambda c: es.count_entities(c)) == before
    qtbot.mouseClick(clock.confirm, Qt.MouseButton.LeftButton)
    assert clock.accept_button.isEnabled()
    qtbot.mouseClick(clock.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.steps_shown, timeout=TIMEOUT)
    assert not clock.isVisible()
    assert on_worker(qtbot, bench, lambda c: es.count_entities(c)) > before
    records = on_worker(qtbot, bench, lambda c: audit_svc.records(c))
    assert any("future" in r.action for r in records)


def test_undo_of_a_merge_others_build_on_asks_first(qtbot, bench, case_path) -> None:
    from tests.exchange.test_merge_queue import _setup

    case = create_case(case_path, PASSPHRASE, user="tester", title="Op", originator_country="es")
    _people, ids = _setup(case)
    for rid in ids[:3]:
        merge_review.accept(case, rid)
    case.close()
    open_in(qtbot, bench, case_path)
    view = bundles_page(qtbot, bench).review
    view.show_combo.setCurrentIndex(view.show_combo.findData(None))  # all decisions
    qtbot.waitUntil(lambda: view.ready and view.model.rowCount() == len(ids), timeout=TIMEOUT)
    view.table.selectRow(view.model.row_of(ids[0]))
    assert view.undo_button.isEnabled()

    def statuses() -> list[str]:
        return on_worker(qtbot, bench, lambda c: [r.status for r in merge_review.list_reviews(c, None)][:3])

    with ask.scripted([False]) as asked:  # the user says no: nothing changes
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT)
    assert f"proposal {ids[2]}, proposal {ids[1]}" in asked[0][2]
    assert statuses() == ["accepted"] * 3
    with ask.scripted([True]):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: statuses() == ["pending"] * 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.ready and not view.busy, timeout=TIMEOUT)
    assert view.error.text() == ""


def test_red_recipients_are_picked_from_pinned_partners(qtbot, bench, world, qtmodeltester) -> None:
    from casebench.services import recipients
    from casebench.ui.red_recipients import RCol, RedRecipientsDialog

    world.use("a")
    with open_case(world.case_a, PASSPHRASE, user="ana") as case:  # one value named as free text
        es.add_values(case, world.person, [("nationality", "sn")],
                      es.Source(handling=Handling(tlp=TLP.RED, named_recipients=("bruno costa",))))
    open_in(qtbot, bench, world.case_a)
    page = bundles_page(qtbot, bench)
    with ask.scripted([ID_A]):
        qtbot.mouseClick(page.red_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(page.red_dialog, RedRecipientsDialog)
                        and page.red_dialog.isVisible(), timeout=TIMEOUT)
    dialog = page.red_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 2, timeout=TIMEOUT)
    qtmodeltester.check(dialog.model)
    texts = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert texts[0][:2] == ["Mamadou Diallo", "Person"] and texts[1][:2] == ["", ""]  # named once
    assert any(row[RCol.PINNED] == "no one" for row in texts)
    assert any(row[RCol.FREE] == "bruno costa" for row in texts)  # free text, waiting to be re-pinned
    assert not dialog.pin_button.isEnabled()  # nothing selected yet
    # Re-pin the free-text name to Bruno's key.
    partner = "Bruno Costa (Policia Judiciaria, PT)"
    with ask.scripted(["bruno costa", partner]) as asked:
        qtbot.mouseClick(dialog.repin_button, Qt.MouseButton.LeftButton)
    assert any("Bruno Costa" in a[2] or "Partner" in a[2] for a in asked)
    qtbot.waitUntil(lambda: not dialog.busy and "changed" in dialog.status.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.free, timeout=TIMEOUT)
    # Pin Bruno on the other RED item (the phone number), selected in the table.
    row = next(r for r in range(2) if dialog.model.index(r, RCol.PINNED).data() == "no one")
    dialog.table.selectRow(row)
    assert dialog.pin_button.isEnabled()
    with ask.scripted([partner]):
        qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and all(
        "Bruno Costa" in dialog.model.index(r, RCol.PINNED).data() for r in range(2)), timeout=TIMEOUT)
    items = on_worker(qtbot, bench, recipients.red_items)
    assert all(len(it.pinned) == 1 and not it.names for it in items)
    assert {it.pinned[0].fingerprint for it in items} == {partners_svc.list_partners(ID_A)[0].card.fingerprint.hex().upper()}


def test_export_review_names_withheld_values_by_their_label_not_the_property_name(qtbot, bench, world) -> None:
    """A withheld alias reads "Weak alias" in the review table, not the internal name weakAlias."""
    world.use("a")
    with open_case(world.case_a, PASSPHRASE, user="ana") as case:
        es.add_values(case, world.person, [("weakAlias", "El Flaco")], es.Source(handling=Handling(tlp=TLP.RED)))
    open_in(qtbot, bench, world.case_a)
    page = bundles_page(qtbot, bench)
    with ask.scripted([ID_A]):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_wizard is not None and page.export_wizard.isVisible(), timeout=TIMEOUT)
    wizard: ExportWizard = page.export_wizard
    sel = wizard.selection_page
    qtbot.waitUntil(lambda: sel.entities.rowCount() >= 2, timeout=TIMEOUT)
    sel.entities.set_checked(world.person, True)
    wizard.next()
    rec = wizard.recipients_page
    rec.partners.setData(rec.partners.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    wizard.next()
    legal = wizard.legal_page
    legal.kind.setCurrentIndex(legal.kind.findData("JIT"))
    qtbot.keyClicks(legal.reference, "JIT-1")
    qtbot.keyClicks(legal.purpose, "joint analysis")
    legal.output.setText(str(world.tmp / "out.cbx"))
    wizard.next()
    review = wizard.review_page
    qtbot.waitUntil(lambda: review.plan is not None, timeout=TIMEOUT)
    items = [review.model.index(r, 1).data() for r in range(review.model.rowCount())]
    assert any(i == "Mamadou Diallo: Weak alias" for i in items), items
    assert not any("weakAlias" in i for i in items), items
    wizard.reject()


def test_merge_review_names_properties_only_the_imported_side_has(qtbot, bench, world, tmp_path) -> None:
    """The local side is an organisation, the imported one a person: 'Date of birth', not birthDate."""
    world.use("a")
    with open_case(world.case_a, PASSPHRASE, user="ana") as case:
        sender_side = es.add_entity(case, es.EntityDraft("Person", [("name", "Lucia Mendes"),
                                                                   ("email", "lm@example.org"),
                                                                   ("birthDate", "1980-02-03")]))
    with open_case(world.case_b, PASSPHRASE, user="bruno") as case:
        es.add_entity(case, es.EntityDraft("LegalEntity", [("name", "L. Mendes"), ("email", "lm@example.org")]))
    ident = identity_svc.unlock(ID_A)
    partner = partners_svc.list_partners(ID_A)[0]
    out = tmp_path / "p.cbx"
    with open_case(world.case_a, PASSPHRASE, user="ana") as case:
        plan = bundles.plan_export(case, Selection(entity_ids=[sender_side]), [partner], identity=ident)
        (bundle,) = bundles.write_export(case, plan, ident, out, legal_basis=LegalBasis("JIT", "JIT-1"),
                                         purpose="joint analysis").paths
    world.use("b")
    with open_case(world.case_b, PASSPHRASE, user="bruno") as case:
        bundles.import_bundle(case, bundle, identity=identity_svc.unlock(ID_B), partners=partners_svc.load(ID_B),
                              identity_passphrase=ID_B)
    open_in(qtbot, bench, world.case_b)
    view = bundles_page(qtbot, bench).review
    qtbot.waitUntil(lambda: view.ready and view.model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.preview.rowCount() > 0, timeout=TIMEOUT)
    labels = [view.preview.item(r, 0).text() for r in range(view.preview.rowCount())]
    assert "Date of birth" in labels and "birthDate" not in labels, labels


def test_the_page_says_the_identity_is_there_once_a_gated_action_has_it(qtbot, bench, world, monkeypatch) -> None:
    from casebench.ui.red_recipients import RedRecipientsDialog

    world.use("a")
    open_in(qtbot, bench, world.case_a)
    with monkeypatch.context() as m:  # as if the page had been read before the identity was made
        m.setattr(identity_svc, "exists", lambda: False)
        page = bundles_page(qtbot, bench)
        page.load_identity()
        assert "no investigator identity" in page.identity_label.text()
    with ask.scripted([ID_A]):
        qtbot.mouseClick(page.red_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(page.red_dialog, RedRecipientsDialog), timeout=TIMEOUT)
    assert "no investigator identity" not in page.identity_label.text()
    page.red_dialog.reject()
