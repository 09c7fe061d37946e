package org.jiceng.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiceng.platform.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Runs {@code ./jiceng <command> …}: active only when the application was started for a command. */
@Component
@Profile("command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<Command> commands;
    private int exitCode;

    CommandRunner(List<Command> commands) {
        this.commands = commands.stream().sorted(Comparator.comparing(Command::name)).toList();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = arguments.getNonOptionArgs();
        String name = args.getFirst();
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            if (!name.equals("help")) {
                System.err.println("未知命令：" + name);
                exitCode = 2;
            }
            System.out.println("可用命令：");
            commands.forEach(c -> System.out.println("  ./jiceng " + c.usage()));
            return;
        }
        try {
            exitCode = command.get().run(args.subList(1, args.size()));
        } catch (Exception e) {
            System.err.println("命令失败：" + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
