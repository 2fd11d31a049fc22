using Marketo.Soap.Operations;

namespace Marketo.Soap.Tests.Operations;

/// <summary>The shared guard's edges: lists that are not collections, the first character, and the messages that name records.</summary>
public class RequestGuardEdgeTests
{
    [Fact]
    public void ReadBatch_ListThatIsNotACollection_CopiesEveryRecordInOrder()
    {
        // A caller's own IReadOnlyList (not an ICollection) is copied item by item, not with CopyTo.
        var records = new ReadOnlyOnly<string>(["a", "b", "c"]);

        var copy = RequestGuard.ReadBatch(records, 10, "request", "Leads", "leads");

        Assert.Equal(["a", "b", "c"], copy);
    }

    [Fact]
    public void Text_InvalidCharacterFirst_IsRefusedAtPositionZero()
    {
        var error = Assert.Throws<MarketoRequestValidationException>(() => RequestGuard.Text("\u0001abc", 2, "Email", "request", required: false));

        Assert.Equal(2, error.RecordIndex);
        Assert.Equal("Email", error.Field);
        Assert.Contains("U+0001", error.Message);
        Assert.Contains("position 0", error.Message);
    }

    [Fact]
    public void Invalid_NoField_NamesTheRecordOnly()
    {
        var error = RequestGuard.Invalid(3, null, "is null", "request");

        Assert.StartsWith("Record 3 ", error.Message);
        Assert.DoesNotContain("field", error.Message);
        Assert.Null(error.Field);
    }

    [Fact]
    public void RepeatedKey_EarlierTwinNotFirst_NamesTheEarlierTwin()
    {
        string[] records = ["a", "b", "b"];

        var error = RequestGuard.RepeatedKey(records, 2, "Email", static (x, y) => x == y, "lead", "request");

        Assert.Equal(2, error.RecordIndex);
        Assert.Contains("as record 1;", error.Message);
    }

    [Fact]
    public void InInput_RecordMessage_PutsTheInputIndexInTheRecordsPlace()
    {
        var message = RequestGuard.InInput("Record 3, field Email, is empty.", 3, 903);

        Assert.StartsWith("Input record 903, field Email, is empty.", message);
        Assert.DoesNotContain("Record 3", message);
    }

    [Fact]
    public void InInput_MessageAboutAnotherRecordWithTheSamePrefix_IsQuotedWhole()
    {
        // "Record 30" starts with "Record 3" but is another record: the message is kept whole.
        var message = RequestGuard.InInput("Record 30, field Email, is empty.", 3, 903);

        Assert.StartsWith("Input record 903 ", message);
        Assert.EndsWith("Record 30, field Email, is empty.", message);
    }

    [Theory]
    [InlineData("The request has no leads.")]
    [InlineData("Batch of 9 failed.")]
    [InlineData("")]
    public void InInput_MessageNotAboutTheRecord_IsQuotedWhole(string original)
    {
        var message = RequestGuard.InInput(original, 3, 903);

        Assert.StartsWith("Input record 903 ", message);
        Assert.EndsWith(original, message);
        Assert.Contains(": ", message);
    }

    private sealed class ReadOnlyOnly<T>(T[] items) : IReadOnlyList<T>
    {
        public T this[int index] => items[index];

        public int Count => items.Length;

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => items.GetEnumerator();
    }
}
