package dk.dialogforum.ui.projector;

import dk.dialogforum.meeting.Snapshot;
import dk.dialogforum.ui.kit.FxMeeting;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.ui.kit.Pacer;
import dk.dialogforum.ui.kit.PhaseNames;
import dk.dialogforum.workshop.Phase;
import dk.dialogforum.workshop.Workshop;

import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * What the room sees on the projector. Laid out once on a 1920×1080 canvas and scaled to whatever the
 * window is, so 1280×720, 1920×1080 and anything 16:9 show exactly the same, never with scrollbars.
 * It shows no controls, ever. The console embeds a second, small one as its preview.
 */
public final class AudienceView {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private final I18n i18n;
    private final FxMeeting meeting;
    private final Presentation presentation;
    private final Workshop w;
    private final StackPane root = new StackPane();
    private final BorderPane canvas = new BorderPane();
    private final Label timer = new Label();
    private final Label footer = new Label();
    /** Ticks only while a countdown is on: a running animation keeps the toolkit drawing frames all meeting. */
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> tick()));

    private final ChangeListener<Number> onTimer = (o, was, now) -> {
        if (now.longValue() == 0) {
            ticker.stop();
        } else {
            ticker.play();
        }
        tick();
    };
    private final ChangeListener<Snapshot> onSnapshot = (o, was, now) -> follow(now);
    private final ChangeListener<Number> onPage = (o, was, now) -> {
        if (this.slide != null) {
            this.slide.showPage(now.intValue());
        }
    };
    private final ChangeListener<String> onSpotlight = (o, was, now) -> showAtOnce();
    /** The item in the spotlight, built when the facilitator first puts one there. */
    private SpotlightSlide spotlight;
    /** Follows the meeting: the projector at most 20 times a second, a preview a few times a second. */
    private final Pacer pacer;

    private String shownPhase;
    private Slide slide;
    /** The seq of the meeting state the slide shows now. */
    private final ReadOnlyLongWrapper shownSeq = new ReadOnlyLongWrapper(-1);

    /**
     * How often at most the projector follows a room that writes fast: a change shows at once when the last
     * was at least this long ago, and a burst of changes is shown this often, ending on the latest state.
     * Twenty times a second is smooth to a room, and leaves the laptop's cores to the meeting's host.
     */
    static final int PROJECTOR_PER_SECOND = 20;

    /** The projector's view: a quiet room's every change, every change of phase at once, a fast room {@link #PROJECTOR_PER_SECOND} times a second. */
    public AudienceView(I18n i18n, FxMeeting meeting, Presentation presentation) {
        this(i18n, meeting, presentation, 1000 / PROJECTOR_PER_SECOND);
    }

    private AudienceView(I18n i18n, FxMeeting meeting, Presentation presentation, long gapMillis) {
        this.pacer = new Pacer(gapMillis, () -> update(meeting.snapshot()));
        this.i18n = i18n;
        this.meeting = meeting;
        this.presentation = presentation;
        this.w = meeting.engine().workshop();
        canvas.getStyleClass().add("audience");
        canvas.setPrefSize(WIDTH, HEIGHT);
        canvas.setMinSize(WIDTH, HEIGHT);
        canvas.setMaxSize(WIDTH, HEIGHT);
        timer.getStyleClass().add("audience-timer");
        timer.setId("audienceTimer");
        footer.getStyleClass().add("audience-footer");
        // A long meeting title wraps rather than end in an ellipsis no one in the room can hover.
        footer.setWrapText(true);
        footer.setMaxWidth(Double.MAX_VALUE);
        footer.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(footer, Priority.ALWAYS);
        HBox bottom = new HBox(footer);
        bottom.setPadding(new Insets(0, 64, 24, 64));
        canvas.setBottom(bottom);
        StackPane.setAlignment(timer, Pos.TOP_RIGHT);
        StackPane.setMargin(timer, new Insets(40, 64, 0, 0));
        // The canvas at its fixed size, scaled about its centre, which the letterbox centres. Its bounds
        // for layout are its size: no layout pass walks the slide's nodes to find them, as a group's would.
        StackPane scaled = new StackPane(canvas, timer);
        scaled.setMinSize(WIDTH, HEIGHT);
        scaled.setPrefSize(WIDTH, HEIGHT);
        scaled.setMaxSize(WIDTH, HEIGHT);
        root.getChildren().add(scaled);
        root.getStyleClass().add("audience-letterbox");
        root.setMinSize(0, 0);
        root.widthProperty().addListener((o, a, b) -> rescale(scaled));
        root.heightProperty().addListener((o, a, b) -> rescale(scaled));
        ticker.setCycleCount(Timeline.INDEFINITE);
        presentation.timerEndsProperty().addListener(onTimer);
        if (presentation.timerEndsProperty().get() != 0) {
            ticker.play();
        }
        meeting.snapshotProperty().addListener(onSnapshot);
        presentation.pageProperty().addListener(onPage);
        presentation.spotlightProperty().addListener(onSpotlight);
        update(meeting.snapshot());
        tick();
    }

    /**
     * The console's preview: the projector's slides in small, following the meeting at most
     * {@code perSecond} times a second, so a room writing fast does not cost the FX thread, which the
     * projector shares, the same work twice. A change of the phase on screen shows at once.
     */
    public static AudienceView preview(I18n i18n, FxMeeting meeting, Presentation presentation, int perSecond) {
        return new AudienceView(i18n, meeting, presentation, 1000 / perSecond);
    }

    private void showAtOnce() {
        pacer.request(true);
    }

    private void follow(Snapshot now) {
        pacer.request(!shownPhase(now).equals(shownPhase));
    }

    public StackPane node() {
        return root;
    }

    /** Stops listening; a view that is shown again is built anew. */
    public void dispose() {
        meeting.snapshotProperty().removeListener(onSnapshot);
        presentation.timerEndsProperty().removeListener(onTimer);
        presentation.pageProperty().removeListener(onPage);
        presentation.spotlightProperty().removeListener(onSpotlight);
        ticker.stop();
        pacer.stop();
    }

    private void rescale(StackPane scaled) {
        double s = Math.min(root.getWidth() / WIDTH, root.getHeight() / HEIGHT);
        if (s > 0) {
            scaled.setScaleX(s);
            scaled.setScaleY(s);
        }
    }

    /** The phase on screen: the one the facilitator last opened or showed, else the first of the agenda. */
    public static String shownPhase(Snapshot s) {
        if (s.currentPhase() != null) {
            return s.currentPhase();
        }
        return s.workshop().phases().get(0).id();
    }

    private void update(Snapshot s) {
        if (s.closed()) {
            if (!(slide instanceof ClosingSlide)) {
                shownPhase = null;
                slide = new ClosingSlide(i18n, w);
                Node content = slide.node();
                BorderPane.setMargin(content, new Insets(56, 64, 16, 64));
                canvas.setCenter(content);
                footer.setText(w.meeting().title());
            }
            slide.update(s);
            shownSeq.set(s.seq());
            return;
        }
        String phaseId = shownPhase(s);
        if (!phaseId.equals(shownPhase)) {
            if (shownPhase != null) {
                // Another slide: its first page, and nothing of the last one's in the spotlight.
                presentation.newSlide();
            }
            shownPhase = phaseId;
            Phase phase = Phase.find(w, phaseId).orElse(w.phases().get(0));
            slide = switch (phase.kind()) {
                case WELCOME -> new WelcomeSlide(i18n, w, presentation);
                case ENQUETE -> new EnqueteSlide(i18n, w, presentation);
                case CARD, DOTS -> new CardSlide(i18n, w, phase);
                case RANKING -> new RankingSlide(i18n, w);
                case SUMMARY -> new SummarySlide(i18n, w);
            };
            slide.onPages(presentation::setPages);
            slide.showPage(presentation.pageProperty().get());
            BorderPane.setMargin(slide.node(), new Insets(56, 64, 16, 64));
            footer.setText(w.meeting().title() + "  ·  " + PhaseNames.name(i18n, w, phase));
        }
        slide.update(s);
        canvas.setCenter(spotlit(s).orElse(slide.node()));
        shownSeq.set(s.seq());
    }

    /** The item the facilitator put in the spotlight, while it is there to show. */
    private Optional<Node> spotlit(Snapshot s) {
        String itemId = presentation.spotlightProperty().get();
        if (itemId == null) {
            return Optional.empty();
        }
        return SpotlightSlide.find(s, itemId).map(e -> {
            if (spotlight == null) {
                spotlight = new SpotlightSlide(i18n, w);
                BorderPane.setMargin(spotlight.node(), new Insets(56, 64, 16, 64));
            }
            spotlight.show(e);
            return spotlight.node();
        });
    }

    /** The seq of the meeting state the slide shows now (-1 before any). */
    public long shownSeq() {
        return shownSeq.get();
    }

    /** The seq of the meeting state the slide shows, changed once the slide's nodes show it. */
    public ReadOnlyLongProperty shownSeqProperty() {
        return shownSeq.getReadOnlyProperty();
    }

    /** While the countdown shows, the slides' headings keep clear of its corner. */
    private static final PseudoClass TIMER_SHOWN = PseudoClass.getPseudoClass("timer");

    private void tick() {
        long ends = presentation.timerEndsProperty().get();
        canvas.pseudoClassStateChanged(TIMER_SHOWN, ends != 0);
        if (ends == 0) {
            timer.setVisible(false);
            return;
        }
        long left = Math.max(0, ends - System.currentTimeMillis());
        long seconds = (left + 999) / 1000;
        timer.setText(String.format("%d:%02d", seconds / 60, seconds % 60));
        timer.setVisible(true);
        timer.getStyleClass().remove("audience-timer-done");
        if (left == 0) {
            timer.getStyleClass().add("audience-timer-done");
        }
    }
}
