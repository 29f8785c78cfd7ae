package dev.converge.app;

/** Confirmations for tests that apply without a terminal. */
final class ApplyConfirmations {

    static final ApplyWorkflow.Confirmation YES = new ApplyWorkflow.Confirmation() {
        @Override
        public void show(PlanResult plan) {
        }

        @Override
        public boolean confirm(PlanResult plan) {
            return true;
        }
    };

    private ApplyConfirmations() {
    }
}
