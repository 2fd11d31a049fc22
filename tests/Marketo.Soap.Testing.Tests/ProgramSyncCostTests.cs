using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>syncMObjects for a program's costs (contract facts §2.7): a bad cost fails the program, names what is wrong, and changes no cost.</summary>
public class ProgramSyncCostTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task CostIdThatIsNoNumber_FailsNamingItAndChangesNoCost()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var program = AddProgramWithTwoCosts(emulator);

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: program.Id, typeAttribs: [Wire.TypeAttrib("Cost", ("Id", "abc"), ("Month", "2026-01"), ("Amount", "5"))])),
            _clock);

        var status = MObjectStatus.Single(answer);
        Assert.Equal("FAILED", status.Status);
        Assert.Contains("'abc'", status.Error, StringComparison.Ordinal);
        Assert.Equal(program.Costs, emulator.Store.FindProgram(program.Id)!.Costs);
    }

    [Fact]
    public async Task TwoUnknownCostAttribs_FailNamingTheFirst()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);
        var program = AddProgramWithTwoCosts(emulator);

        var answer = await emulator.PostAsync(
            Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: program.Id, typeAttribs: [Wire.TypeAttrib("Cost", ("Colour", "red"), ("Size", "L"))])),
            _clock);

        var status = MObjectStatus.Single(answer);
        Assert.Equal("FAILED", status.Status);
        Assert.Contains("'Colour'", status.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'Size'", status.Error, StringComparison.Ordinal);
    }

    private static StoredProgram AddProgramWithTwoCosts(MarketoSoapEmulator emulator) => emulator.Store.AddProgram(new StoredProgram
    {
        Name = "Spring",
        Costs =
        [
            new StoredProgramCost { Id = 10, Month = new DateOnly(2026, 1, 1), Amount = 100m },
            new StoredProgramCost { Id = 11, Month = new DateOnly(2026, 2, 1), Amount = 200m },
        ],
    });
}
