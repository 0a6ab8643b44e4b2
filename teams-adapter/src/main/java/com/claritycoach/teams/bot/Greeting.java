package com.claritycoach.teams.bot;

/** The short how-to the coach posts when it is added to a team, a group chat or a personal chat. */
final class Greeting {
    private Greeting() {
    }

    static String forTeam(String teamName) {
        String hello = teamName == null || teamName.isBlank() ? "Hello!" : "Hello, " + teamName + "!";
        return hello + " I'm Clarity Coach: I help a team agree on who its ultimate customer is.\n"
                + "A manager starts a check-in by mentioning me with \"start discovery\" (or \"start weekly\"). "
                + "I then ask each member a few questions in a private chat with me, and post the team's "
                + "alignment summary here when the check-in closes.\n"
                + "Mention me with \"help\" to see every command.";
    }

    static String forPerson() {
        return "Hi, I'm Clarity Coach. When your team starts a check-in I ask you its questions here: "
                + "just type your answers. Type \"help\" at any time.";
    }
}
