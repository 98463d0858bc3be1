using Parley.Core.Sensitivity;
using Parley.Core.Stability;
using Parley.Core.Tests.Stability;

namespace Parley.Core.Tests.Sensitivity;

public class StabilitySensitivityTests
{
    [Fact]
    public void ForStatusQuo_MediatorSanction_DroppingTheFearOrTheResponseFlipsSeq()
    {
        var sensitivity = StabilitySensitivity.ForStatusQuo(DeterrenceFixtures.MediatorSanction(), StabilityConcept.Seq);

        Assert.True(sensitivity.Verdict);
        Assert.Equal(6, sensitivity.Probed);
        // RU's "not us-aid" (its fear of the response) and the US's "us-aid iff ru-leave" (the response itself).
        Assert.Equal([("RU", 0), ("US", 0)], sensitivity.Flips.Select(f => (f.Actor, f.Statement!.Value)));
        Assert.All(sensitivity.Flips, f => Assert.True(f.Exact));
    }

    [Theory]
    // frequency  reading
    [InlineData(0.95, RobustnessReading.Robust)]
    [InlineData(0.9, RobustnessReading.Robust)]
    [InlineData(0.48, RobustnessReading.Undecided)]
    [InlineData(0.1, RobustnessReading.Contradicted)]
    [InlineData(double.NaN, RobustnessReading.Undecided)]
    public void Reading_Thresholds(double frequency, RobustnessReading reading) =>
        Assert.Equal(reading, new Robustness(frequency, 100, 100, 0, 1).Reading);
}
