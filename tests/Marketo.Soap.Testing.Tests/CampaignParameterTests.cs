using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>
/// requestCampaign takes <c>campaignId</c> alone or <c>programName</c> with <c>campaignName</c>
/// (operations facts §5.3): any other mix fails with 20110 and runs nothing. scheduleCampaign
/// answers success (§5.4).
/// </summary>
public class CampaignParameterTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, true, false)]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    public async Task RequestCampaign_NeitherIdAloneNorBothNames_FailsWith20110(bool withId, bool withProgramName, bool withCampaignName)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var campaign = AddCampaign(emulator);

        var answer = await emulator.PostAsync(
            Wire.RequestCampaign(
                "MKTOWS",
                campaignId: withId ? campaign.Id : null,
                programName: withProgramName ? campaign.ProgramName : null,
                campaignName: withCampaignName ? campaign.Name : null),
            _clock);

        answer.AssertMarketoFault(20110);
        Assert.Empty(emulator.Store.CampaignRuns);
    }

    [Fact]
    public async Task ScheduleCampaign_AnswersSuccessTrue()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var campaign = AddCampaign(emulator);

        var answer = await emulator.PostAsync(Wire.ScheduleCampaign(campaign.ProgramName, campaign.Name, null), _clock);

        answer.AssertSuccess();
        Assert.Equal("true", answer.Text("success"));
    }

    private static StoredCampaign AddCampaign(MarketoSoapEmulator emulator) =>
        emulator.Store.AddCampaign(new StoredCampaign { Name = "Demo.Trigger", ProgramName = "Demo", Sources = ["MKTOWS"] });
}
