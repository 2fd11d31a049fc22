using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

public partial class SyncMObjectsTests
{
    /// <summary>Program: UPDATE only, with Cost and Tag type attributes.</summary>
    public class Program
    {
        private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

        [Theory]
        [InlineData("INSERT")]
        [InlineData("UPSERT")]
        public async Task OperationOtherThanUpdate_Fails(string operation)
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 7 });

            var answer = await emulator.PostAsync(Wire.SyncMObjects(operation, Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", "2013-06"), ("Amount", "5"))])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Empty(emulator.Store.FindProgram(7)!.Costs);
        }

        [Fact]
        public async Task UnknownProgramId_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 404)), _clock);

            Assert.Equal(("FAILED", 404), (StatusOf(answer), IdOf(answer)));
            Assert.Contains("404", ErrorOf(answer));
        }

        [Fact]
        public async Task CostWithoutId_AddsANewCostWithANewId()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 7, Costs = [new StoredProgramCost { Id = 3, Month = new DateOnly(2013, 5, 1), Amount = 1 }] });

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", "2013-06"), ("Amount", "2000.50"), ("Note", "Booth"))])),
                _clock);

            Assert.Equal(("UPDATED", 7), (StatusOf(answer), IdOf(answer)));
            var costs = emulator.Store.FindProgram(7)!.Costs;
            Assert.Equal(2, costs.Count);
            Assert.Equal(new StoredProgramCost { Id = 4, Month = new DateOnly(2013, 6, 1), Amount = 2000.50m, Note = "Booth" }, costs[1]);
        }

        [Fact]
        public async Task CostWithId_ChangesThatCost()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 1970, Costs = [new StoredProgramCost { Id = 153, Month = new DateOnly(2013, 5, 1), Amount = 1 }] });

            await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 1970, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", "2013-06"), ("Amount", "2000"), ("Id", "153"))])), _clock);

            var cost = Assert.Single(emulator.Store.FindProgram(1970)!.Costs);
            Assert.Equal(new StoredProgramCost { Id = 153, Month = new DateOnly(2013, 6, 1), Amount = 2000m }, cost);
        }

        [Fact]
        public async Task CostWithAnIdNotOnTheProgram_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 7 });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", "2013-06"), ("Amount", "1"), ("Id", "153"))])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
        }

        [Theory]
        [InlineData("Month")]
        [InlineData("Amount")]
        public async Task CostMissingARequiredAttrib_Fails(string missing)
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 7 });
            (string, string)[] attribs = [.. new[] { ("Month", "2013-06"), ("Amount", "1") }.Where(a => a.Item1 != missing)];

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Cost", attribs)])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Empty(emulator.Store.FindProgram(7)!.Costs);
        }

        [Theory]
        [InlineData("June 2013", "1")]
        [InlineData("2013-06", "lots")]
        public async Task CostWithAnUnreadableValue_Fails(string month, string amount)
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 7 });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", month), ("Amount", amount))])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
        }

        [Fact]
        public async Task KnownTag_IsSet()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddTagType("Region", "EMEA", "APAC");
            emulator.Store.AddProgram(new StoredProgram { Id = 7, Tags = new Dictionary<string, string> { ["Region"] = "APAC" } });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Tag", ("Type", "Region"), ("Value", "EMEA"))])), _clock);

            Assert.Equal("UPDATED", StatusOf(answer));
            Assert.Equal("EMEA", emulator.Store.FindProgram(7)!.Tags["Region"]);
        }

        [Theory]
        [InlineData("Region", "Mars")]
        [InlineData("Planet", "EMEA")]
        public async Task UnknownTagTypeOrValue_FailsAndChangesNothing(string type, string value)
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddTagType("Region", "EMEA");
            emulator.Store.AddProgram(new StoredProgram { Id = 7 });

            var answer = await emulator.PostAsync(
                Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Cost", ("Month", "2013-06"), ("Amount", "1")), Wire.TypeAttrib("Tag", ("Type", type), ("Value", value))])),
                _clock);

            Assert.Equal("FAILED", StatusOf(answer));
            Assert.Contains(value, ErrorOf(answer));
            Assert.Empty(emulator.Store.FindProgram(7)!.Costs);
        }

        [Fact]
        public async Task UnknownAttrType_Fails()
        {
            await using var emulator = await TestEmulator.StartAsync(_clock);
            emulator.Store.AddProgram(new StoredProgram { Id = 7 });

            var answer = await emulator.PostAsync(Wire.SyncMObjects("UPDATE", Wire.MObject("Program", id: 7, typeAttribs: [Wire.TypeAttrib("Budget", ("Amount", "1"))])), _clock);

            Assert.Equal("FAILED", StatusOf(answer));
        }
    }
}
