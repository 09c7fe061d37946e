package org.jiceng.dispatch.internal;

import java.util.List;
import org.jiceng.platform.Command;
import org.springframework.stereotype.Component;

/** {@code ./jiceng train-dispatch}: trains a new dispatch model version on every finished case, printing progress. */
@Component
class TrainDispatchCommand implements Command {

    private final DispatchTrainer trainer;

    TrainDispatchCommand(DispatchTrainer trainer) {
        this.trainer = trainer;
    }

    @Override
    public String name() {
        return "train-dispatch";
    }

    @Override
    public String usage() {
        return "train-dispatch   用全部办结诉求重新训练智能分派模型（类别与承办单位），并按时间留出检验准确率";
    }

    @Override
    public int run(List<String> args) {
        if (!args.isEmpty()) {
            System.err.println("用法：./jiceng " + usage());
            return 2;
        }
        trainer.train(System.out::println);
        return 0;
    }
}
