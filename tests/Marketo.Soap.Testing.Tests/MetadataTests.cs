using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>getChannels and getTags (operations facts §9) over HTTP, and the channels and tags they read from the store and its seeds.</summary>
public class MetadataTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    private static string SeedPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name);

    [Fact]
    public async Task GetChannels_PhpStyleRequestNamingWebinar_AnswersItsStatusesAlphabeticallyWithExtraPairsBeforeSuccess()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("getChannels.request.php-webinar.xml"), _clock);

        answer.AssertSuccess();
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
        var channel = Assert.Single(answer.Xml.Descendants("tagStatus"));
        Assert.Equal("Webinar", channel.Element("tagValue")!.Value);
        Assert.Equal(
            [
                "Status=Attended;Step=70;Webinar Behavior=Attended;Success=true",
                "Status=Invited;Step=10;Success=false",
                "Status=Registered;Step=40;Webinar Behavior=Registered;Success=false",
            ],
            channel.Descendants("progressionStatus").Select(s => string.Join(';', s.Elements("attrib").Select(a => $"{a.Element("name")!.Value}={a.Element("value")!.Value}"))));
    }

    [Fact]
    public async Task GetChannels_NoTag_AnswersEveryChannelAlphabetically()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostAsync(new XElement(Wire.Mktows + "paramsGetChannels"), _clock);

        Assert.Equal(["Email Send", "Webinar"], answer.Xml.Descendants("tagValue").Select(v => v.Value));
    }

    [Fact]
    public async Task GetChannels_UnknownName_IsLeftOutWithoutAFault()
    {
        await using var emulator = await SeededAsync();

        var answer = await emulator.PostAsync(
            new XElement(Wire.Mktows + "paramsGetChannels", new XElement("tag", new XElement("values", new XElement("stringItem", "Blog"), new XElement("stringItem", "email send")))),
            _clock);

        answer.AssertSuccess();
        Assert.Equal(["Email Send"], answer.Xml.Descendants("tagValue").Select(v => v.Value));
    }

    [Fact]
    public async Task GetChannels_EmptyStore_AnswersAnEmptyTagsList()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await emulator.PostAsync(new XElement(Wire.Mktows + "paramsGetChannels"), _clock);

        answer.AssertSuccess();
        Assert.Empty(answer.Xml.Descendants("tags").Single().Elements());
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
    }

    [Fact]
    public async Task GetTags_PhpStyleRequestForOneType_AnswersEveryTypeButTheChannel()
    {
        await using var emulator = await SeededAsync();
        emulator.Store.AddTagType("Product Line", "Analytics");
        emulator.Store.AddTagType("Channel", "Webinar");

        var answer = await emulator.PostFixtureAsync(Fixtures.Read("getTags.request.php-region.xml"), _clock);

        answer.AssertSuccess();
        Assert.Empty(WsdlSchema.ValidateBody(answer.Xml));
        Assert.Equal(
            [("Product Line", "Analytics"), ("Region", "AMER,EMEA")],
            answer.Xml.Descendants("tag").Select(t => (t.Element("type")!.Value, string.Join(',', t.Descendants("stringItem").Select(v => v.Value)))));
    }

    [Fact]
    public async Task SeedFromFile_StoresChannelsAndLetsAProgramCarryOneAsItsChannelTag()
    {
        await using var emulator = await SeededAsync();

        Assert.Equal(["Email Send", "Webinar"], emulator.Store.Channels.Select(c => c.Name));
        var attended = emulator.Store.Channels[1].Statuses.Single(s => s.Name == "Attended");
        Assert.Equal((70, true, "Attended"), (attended.Step, attended.Success, attended.Attributes["Webinar Behavior"]));
        Assert.Equal("Webinar", emulator.Store.FindProgram(2001)!.Tags["Channel"]);
    }

    [Fact]
    public async Task StateFolder_ChannelsSavedOnStopAndLoadedOnStart()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-state-").FullName;
        try
        {
            await using (var first = await TestEmulator.StartAsync(_clock, o => (o.AdminApi, o.StateFolder) = (true, folder)))
            {
                (await first.PostAdminAsync("seed", File.ReadAllText(SeedPath("channels-and-tags.json")))).AssertOk();
            }

            await using var second = await TestEmulator.StartAsync(_clock, o => (o.AdminApi, o.StateFolder) = (true, folder));

            Assert.Equal(["Email Send", "Webinar"], second.Store.Channels.Select(c => c.Name));
            Assert.Equal("Registered", second.Store.Channels[1].Statuses[0].Attributes["Webinar Behavior"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AdminSeed_ChannelWithAReservedPairName_IsRefusedNamingIt()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.AdminApi = true);

        var answer = await emulator.PostAdminAsync("seed", """{ "channels": [{ "name": "Blog", "statuses": [{ "name": "Visited", "attributes": { "Step": "1" } }] }] }""");

        Assert.Contains("extra pair named 'Step'", answer.AssertProblem(400), StringComparison.Ordinal);
        Assert.Empty(emulator.Store.Channels);
    }

    [Theory]
    [InlineData("Webinar")]
    [InlineData("webinar")]
    public async Task AddChannel_NameTakenIgnoringCase_Throws(string name)
    {
        await using var emulator = await SeededAsync();

        Assert.Throws<ArgumentException>(() => emulator.Store.AddChannel(new StoredChannel { Name = name }));
    }

    [Fact]
    public async Task AddChannel_RepeatedStatusName_Throws()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        Assert.Throws<ArgumentException>(() => emulator.Store.AddChannel(new StoredChannel { Name = "Blog", Statuses = [new StoredChannelStatus { Name = "Visited" }, new StoredChannelStatus { Name = "visited" }] }));
    }

    [Fact]
    public async Task Clear_RemovesChannels()
    {
        await using var emulator = await SeededAsync();

        emulator.Store.Clear();

        Assert.Empty(emulator.Store.Channels);
    }

    private async Task<MarketoSoapEmulator> SeededAsync()
    {
        var emulator = await TestEmulator.StartAsync(_clock);
        emulator.SeedFromFile(SeedPath("channels-and-tags.json"));
        return emulator;
    }
}
