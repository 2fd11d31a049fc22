using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>A syncMObjects object that fails before it is found still answers with the id it was sent (contract facts §2.5), so a caller can tell which failed.</summary>
public class SyncMObjectsFailedStatusIdTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Theory]
    [InlineData("unknown type")]
    [InlineData("program insert")]
    [InlineData("role with an external key")]
    public async Task FailedObject_AnswersTheIdItWasSent(string problem)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var mObject = problem switch
        {
            "unknown type" => Wire.MObject("OpportunityLeadRole", id: 9),
            "program insert" => Wire.MObject("Program", id: 9),
            _ => Wire.MObject("OpportunityPersonRole", id: 9, externalKey: ("extRoleId", "R-9")),
        };

        var answer = await emulator.PostAsync(Wire.SyncMObjects("INSERT", mObject), _clock);

        Assert.Equal((9, "FAILED"), (MObjectStatus.Single(answer).Id, MObjectStatus.Single(answer).Status));
    }
}
