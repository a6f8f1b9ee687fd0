package dev.policysite.policy;

/**
 * A product capability that needs some of a policy's statements or actions. Users switch features off
 * (or opt in to those that are off by default) and get exactly the permissions the rest need.
 * Plain getters so templates can write {@code feature.title} under any FreeMarker object wrapper.
 */
public final class Feature {
    private final String id;
    private final String title;
    private final String whenOff;
    private final boolean onByDefault;

    public Feature(String id, String title, String whenOff, boolean onByDefault) {
        this.id = id;
        this.title = title;
        this.whenOff = whenOff;
        this.onByDefault = onByDefault;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** What stops working when this feature's permissions are left out. */
    public String getWhenOff() {
        return whenOff;
    }

    public boolean isOnByDefault() {
        return onByDefault;
    }

    /** An opt-in feature is off by default: its permissions are added only when the user chooses it. */
    public boolean isOptIn() {
        return !onByDefault;
    }

    @Override
    public String toString() {
        return id;
    }
}
