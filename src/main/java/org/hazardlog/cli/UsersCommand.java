package org.hazardlog.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserAdministration;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;

/** {@code hazardlog users}: who works on the log and in which role. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "List the users of the log, add users, set roles and passwords.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.SetRole.class,
                UsersCommand.Passwd.class})
final class UsersCommand {

    @ParentCommand
    private HazardLogCommand root;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, their roles and who has a password.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        private UsersCommand users;
        @Spec
        private CommandSpec spec;
        @Mixin
        private WhoIsWorking who;

        @Override
        public Integer call() {
            try (HazardLogService log = users.root.readLog(who)) {
                PrintWriter out = spec.commandLine().getOut();
                List<User> all = log.users().list();
                if (all.isEmpty()) {
                    out.println(log.count() == 0
                            ? "No users in " + log.file() + " yet: the first person to change it becomes its CSO."
                            : "No users in " + log.file() + ", although it has hazards: its users were removed outside "
                                    + "HazardLog, and nobody can claim it (see hazardlog audit verify).");
                } else {
                    ListCommand.PlainTable table = new ListCommand.PlainTable("Name", "Role", "Password", "Added (UTC)");
                    all.forEach(u -> table.add(u.name(), u.role().label(), u.hasPassword() ? "set" : "none",
                            DAY.format(u.added())));
                    table.print(out);
                    all.stream().filter(u -> u.role() == Role.CSO && !u.hasPassword()).forEach(u -> out.println(
                            "Warning: CSO " + u.name() + " has no password and cannot sign. "
                                    + UserAdministration.whoSetsPasswords(u.name())));
                    out.println(all.size() + (all.size() == 1 ? " user" : " users") + "; " + whoYouAre(log.actor()) + ".");
                }
                out.flush();
                return HazardLogCommand.OK;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user with a role (needs the CSO role).",
                    "A new CSO needs a password, which you give with your own password to confirm it: asked at",
                    "the terminal, or with --password-stdin as two lines, your password then theirs.",
                    "--no-password adds a CSO who cannot sign until another CSO sets their password."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private UsersCommand users;
        @Spec
        private CommandSpec spec;
        @Mixin
        private WhoIsWorking who;
        @Parameters(index = "0", paramLabel = "NAME", description = "The new user's name.")
        private String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "CSO, engineer or viewer.")
        private String role;
        @Option(names = "--password-stdin", description = "Read your password, then the new user's, from standard input.")
        private boolean fromStdin;
        @Option(names = "--no-password", description = "Add the user without a password (a CSO added so cannot sign).")
        private boolean noPassword;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            if (fromStdin && noPassword) {
                throw new RefusedException("--password-stdin and --no-password contradict each other; give one");
            }
            // Other roles keep their old form: a password only when one is given.
            boolean withPassword = r == Role.CSO ? !noPassword : fromStdin;
            try (HazardLogService log = users.root.openLog(who)) {
                PrintWriter out = spec.commandLine().getOut();
                User added;
                if (withPassword) {
                    AccessPolicy.require(log.actor(), Permission.MANAGE_USERS, "Adding a user");
                    PasswordInput input = new PasswordInput(users.root.stdin(), fromStdin);
                    char[] mine = input.next("Your password (" + log.userName() + "): ");
                    char[] theirs;
                    try {
                        theirs = input.fresh("Password for " + name.strip() + ": ");
                    } catch (RuntimeException e) {
                        Arrays.fill(mine, '\0');
                        throw e;
                    }
                    added = log.users().add(name, r, theirs, mine);
                    out.println("Added " + added.name() + " as " + added.role().withArticle() + ", with a password.");
                } else {
                    added = log.users().add(name, r);
                    out.println("Added " + added.name() + " as " + added.role().withArticle() + ".");
                    if (added.role() == Role.CSO) {
                        out.println("Warning: " + added.name() + " has no password and cannot sign until another CSO "
                                + "sets one (hazardlog users passwd " + added.name() + ").");
                    }
                }
                out.flush();
                return HazardLogCommand.OK;
            }
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true,
            description = {"Change a user's role (needs the CSO role).",
                    "Making a user who has a password a CSO lets them sign, so it needs your password: asked at",
                    "the terminal, or the first line of standard input with --password-stdin."})
    static final class SetRole implements Callable<Integer> {
        @ParentCommand
        private UsersCommand users;
        @Spec
        private CommandSpec spec;
        @Mixin
        private WhoIsWorking who;
        @Parameters(index = "0", paramLabel = "NAME")
        private String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "CSO, engineer or viewer.")
        private String role;
        @Option(names = "--password-stdin", description = "Read your password from standard input.")
        private boolean fromStdin;

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            try (HazardLogService log = users.root.openLog(who)) {
                boolean letsThemSign = r == Role.CSO && log.users().find(name)
                        .filter(u -> u.role() != Role.CSO && u.hasPassword()).isPresent();
                char[] mine = null;
                if (letsThemSign) {
                    AccessPolicy.require(log.actor(), Permission.MANAGE_USERS, "Changing a user's role");
                    mine = new PasswordInput(users.root.stdin(), fromStdin).next("Your password (" + log.userName() + "): ");
                }
                User changed = log.users().setRole(name, r, mine);
                spec.commandLine().getOut().println(changed.name() + " is now " + changed.role().withArticle() + ".");
                spec.commandLine().getOut().flush();
                return HazardLogCommand.OK;
            }
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"Change your password, or as CSO set someone else's. The password signs issued versions.",
                    "Nobody sets their own first password: a CSO sets it, confirming with their own.",
                    "With --password-stdin, standard input holds one password a line: your current (or, for",
                    "another user, your own) password first, then the new password."})
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        private UsersCommand users;
        @Spec
        private CommandSpec spec;
        @Mixin
        private WhoIsWorking who;
        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Whose password; default: yours.")
        private String name;
        @Option(names = "--password-stdin", description = "Read the passwords from standard input, not the terminal.")
        private boolean fromStdin;

        @Override
        public Integer call() {
            PasswordInput input = new PasswordInput(users.root.stdin(), fromStdin);
            try (HazardLogService log = users.root.openLog(who)) {
                Actor me = log.actor();
                String target = name == null ? me.name() : name;
                User user = log.users().find(target)
                        .orElseThrow(() -> new RefusedException(target + " is not a user of this log"));
                boolean own = User.key(user.name()).equals(User.key(me.name()));
                if (own && !user.hasPassword()) {
                    throw new RefusedException(user.name() + " has no password, and nobody sets their own first "
                            + "password: anyone could name themselves " + user.name() + ". "
                            + UserAdministration.whoSetsPasswords(user.name()));
                }
                char[] current = input.next(own ? "Your current password: " : "Your own password (" + me.name() + "): ");
                char[] fresh;
                try {
                    fresh = input.fresh("New password for " + user.name() + ": ");
                } catch (RuntimeException e) {
                    Arrays.fill(current, '\0');
                    throw e;
                }
                log.users().setPassword(user.name(), fresh, current);
                spec.commandLine().getOut().println("Password set for " + user.name() + ".");
                spec.commandLine().getOut().flush();
                return HazardLogCommand.OK;
            }
        }
    }

    /** "you are alice (CSO)", "bob is not a user of this log", "nobody is named as working". */
    static String whoYouAre(Actor a) {
        return a.isUser() ? "you are " + describe(a) : a.describe();
    }

    static String describe(Actor a) {
        return a.isUser() ? a.name() + " (" + a.role().label() + ")" : a.describe();
    }
}
