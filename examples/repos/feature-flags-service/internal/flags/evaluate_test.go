package flags

import "testing"

func TestDisabledFlagIsOff(t *testing.T) {
	if Evaluate(Flag{Enabled: false, Percent: 100}, "u1") {
		t.Fatal("disabled flag evaluated to true")
	}
}

func TestRolloutIsDeterministic(t *testing.T) {
	f := Flag{Enabled: true, Percent: 30}
	if Evaluate(f, "user-42") != Evaluate(f, "user-42") {
		t.Fatal("same subject got different answers")
	}
}
