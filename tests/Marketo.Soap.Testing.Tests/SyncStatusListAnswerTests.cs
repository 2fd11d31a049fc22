using System.Text;
using Marketo.Soap.Testing.Operations;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The syncMultipleLeads answer written element by element is byte for byte the answer its tree writes.</summary>
public class SyncStatusListAnswerTests
{
    private static readonly Dictionary<string, LeadSyncOutcome[]> Cases = new()
    {
        ["all updated"] = [Updated(1), Updated(2), Updated(3)],
        ["created, updated and failed"] = [Created(10), Updated(11), LeadSyncOutcome.Failed("Lead not found: no lead has Id 99")],
        ["only failures, so no xsi"] = [LeadSyncOutcome.Failed("Lead key required: a lead record needs Id, Email or ForeignSysPersonId"), LeadSyncOutcome.Failed("x")],
        ["an error needing escapes"] = [LeadSyncOutcome.Failed("a < b & \"c\" > 'd' é ü 中 \t tab\r\nline")],
        ["an empty error"] = [LeadSyncOutcome.Failed(string.Empty)],
        ["no records"] = [],
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Write_SameBytesAsTheTree(string name)
    {
        var outcomes = Cases[name];
        var fromTree = SoapMessageWriter.Success(SyncStatusListAnswer.Tree(outcomes));

        var written = SyncStatusListAnswer.Write(outcomes);

        Assert.True(fromTree.AsSpan().SequenceEqual(written), $"{name}:\n{Encoding.UTF8.GetString(fromTree)}\n---\n{Encoding.UTF8.GetString(written)}");
    }

    [Fact]
    public void Write_ManyRecords_SameBytesAsTheTree()
    {
        var outcomes = Enumerable.Range(1, 300).Select(i => i % 7 == 0 ? LeadSyncOutcome.Failed($"error {i}") : i % 2 == 0 ? Created(i) : Updated(i)).ToArray();

        Assert.Equal(SoapMessageWriter.Success(SyncStatusListAnswer.Tree(outcomes)), SyncStatusListAnswer.Write(outcomes));
    }

    private static LeadSyncOutcome Created(int id) => LeadSyncOutcome.Created(new StoredLead { Id = id });

    private static LeadSyncOutcome Updated(int id) => LeadSyncOutcome.Updated(new StoredLead { Id = id });
}
