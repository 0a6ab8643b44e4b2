package com.claritycoach.slack;

import com.claritycoach.core.domain.MemberRef;
import com.slack.api.model.view.View;

/** Builds a member's App Home tab from what the coach knows about them. */
@FunctionalInterface
public interface SlackHomeViews {
    View homeFor(MemberRef member);
}
