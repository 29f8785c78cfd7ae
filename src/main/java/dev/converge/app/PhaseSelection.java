package dev.converge.app;

import java.util.List;
import java.util.stream.Collectors;

import dev.converge.error.PolicyRefusedException;
import dev.converge.plan.Phase;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;
import dev.converge.model.Plural;

/**
 * {@code apply --phase expand|contract}: the part of a computed plan that one phase applies. The planner already
 * made sure no expand statement needs a contract one ({@code Planner} postpones those), so the expand phase is
 * safe on its own. The contract phase is refused while expand statements remain: it would remove what the new
 * code needs before that code's objects exist, which is the mistake expand/contract is there to prevent.
 */
final class PhaseSelection {

    private PhaseSelection() {
    }

    /** @throws PolicyRefusedException (exit 3, nothing changed) for a contract phase before its expand phase */
    static PlanResult select(PlanResult result, Phase phase) {
        Plan plan = result.plan();
        if (phase == Phase.CONTRACT) {
            List<Statement> expand = plan.only(Phase.EXPAND).statements();
            if (!expand.isEmpty()) {
                throw new PolicyRefusedException("apply --phase contract: "
                        + Plural.of(expand.size(), "expand statement") + (expand.size() == 1 ? " has" : " have")
                        + " not been applied yet; nothing was changed. Run 'apply --phase expand' "
                        + "first (and deploy the code that uses it), then the contract phase:\n" + expand.stream()
                        .map(s -> "  - " + s.summary()).collect(Collectors.joining("\n")));
            }
        }
        return new PlanResult(plan.only(phase), result.schemas(), result.unmanagedObjects(), result.current(),
                result.desired(), result.definitions(), result.preflight().forPhase(phase));
    }
}
