using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests;

public partial class MarketoSoapClientTests
{
    /// <summary>
    /// A refused field is named down to its position in nested lists. The validators name a field
    /// only once it has failed, so these hold that the name is still built, and built right.
    /// </summary>
    public class FieldNames
    {
        [Fact]
        public async Task SyncMultipleLeadsAsync_AttributeValueHoldsControlCharacter_NamesTheAttributeValue()
        {
            var handler = new ReplayHandler();
            using var client = TestClient.Create(handler);
            var leads = Leads.Numbered(3);
            leads[2] = leads[2] with { Attributes = [new("FirstName", "Ada"), new("LastName", "Love\u0001lace")] };

            var refused = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.SyncMultipleLeadsAsync(new SyncMultipleLeadsRequest { Leads = leads }));

            Assert.Equal((2, "Attributes[1].Value"), (refused.RecordIndex, refused.Field));
            Assert.Empty(handler.Requests);
        }

        [Fact]
        public async Task SyncMObjectsAsync_AssociationKeyNameEmpty_NamesTheAssociationKeyName()
        {
            var handler = new ReplayHandler();
            using var client = TestClient.Create(handler);
            var opportunity = new MObjectRecord
            {
                Type = MObjectTypes.Opportunity,
                Attributes = [new("Name", "Q1")],
                Associations = [new MObjectAssociation { Type = "Company", Id = 7 }, new MObjectAssociation { Type = "Company", ExternalKey = new(string.Empty, "ACME") }],
            };

            var refused = await Assert.ThrowsAsync<MarketoRequestValidationException>(
                () => client.SyncMObjectsAsync(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [opportunity] }));

            Assert.Equal((0, "Associations[1].ExternalKey.Name"), (refused.RecordIndex, refused.Field));
        }

        [Fact]
        public async Task SyncMObjectsAsync_AttributeValueNull_NamesTheAttributeValue()
        {
            var handler = new ReplayHandler();
            using var client = TestClient.Create(handler);
            var opportunity = new MObjectRecord { Type = MObjectTypes.Opportunity, Attributes = [new("Name", "Q1"), new("Stage", null!)] };

            var refused = await Assert.ThrowsAsync<MarketoRequestValidationException>(
                () => client.SyncMObjectsAsync(new SyncMObjectsRequest { Operation = MObjectOperation.Upsert, Objects = [opportunity] }));

            Assert.Equal((0, "Attributes[1].Value"), (refused.RecordIndex, refused.Field));
        }
    }
}
