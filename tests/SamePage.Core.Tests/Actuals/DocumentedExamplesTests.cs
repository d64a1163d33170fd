using SamePage.Core.Actuals;

namespace SamePage.Core.Tests.Actuals;

/// <summary>The example files of docs/import-formats.md import without issues.</summary>
public sealed class DocumentedExamplesTests
{
    [Fact]
    public void Partners_example_is_valid()
    {
        var rows = CsvText.Rows(
            "externalId,name,type,tier,country,region,segment\n"
            + "P-1001,Nordlicht IT GmbH,msp,Gold,DE,North,SMB\n"
            + "P-1002,\"Müller & Söhne, Systemhaus\",var,Silver,AT,South,Mid-market\n"
            + "P-1003,Alpine Cloud AG,si,,CH,,Enterprise\n",
            ImportSchemas.Partners);

        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Issues)));
        Assert.Equal("Müller & Söhne, Systemhaus", rows[1].Row!.Name);
        Assert.Null(rows[2].Row!.Tier);
    }

    [Fact]
    public void Deals_examples_are_valid_in_both_cultures_and_agree()
    {
        var invariant = CsvText.Rows(
            "externalId,partnerId,solution,date,type,customerId,productRevenue,partnerMargin,servicesRevenue,seats,status\n"
            + "D-0001,P-1001,Nordlicht Backup,2025-01-14,new,C-501,12000.00,0.12,4800.00,25,won\n"
            + "D-0002,P-1001,Nordlicht Backup,2025-02-03,upsell,C-501,3000.00,0.12,,5,won\n"
            + "D-0003,P-1002,Nordlicht Backup,2025-02-20,new,C-733,8000.00,,0,10,lost\n"
            + "D-0004,P-1001,Nordlicht Backup,2025-03-01,recurring,C-501,450.00,0.20,0,0,won\n",
            ImportSchemas.Deals);
        var german = CsvText.Rows(
            "externalId;partnerId;solution;date;type;customerId;productRevenue;partnerMargin;servicesRevenue;seats;status\n"
            + "D-0001;P-1001;Nordlicht Backup;14.01.2025;new;C-501;12.000,00;0,12;4.800,00;25;won\n"
            + "D-0002;P-1001;Nordlicht Backup;03.02.2025;upsell;C-501;3.000,00;0,12;;5;won\n",
            ImportSchemas.Deals);

        Assert.All(invariant, r => Assert.True(r.IsValid, string.Join("; ", r.Issues)));
        Assert.All(german, r => Assert.True(r.IsValid, string.Join("; ", r.Issues)));
        Assert.Equal(invariant[0].Row, german[0].Row);
        Assert.Equal(invariant[1].Row, german[1].Row);
    }

    [Fact]
    public void Costs_example_is_valid()
    {
        var rows = CsvText.Rows(
            "externalId,partnerId,solution,date,category,amount,hours\n"
            + "K-01,P-1001,Nordlicht Backup,2025-01-20,certification,1200.00,16\n"
            + "K-02,P-1001,Nordlicht Backup,2025-02-11,marketing,450.00,\n"
            + "K-03,P-1002,Nordlicht Backup,2025-02-15,presales,300.00,6.5\n",
            ImportSchemas.Costs);

        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Issues)));
        Assert.Equal(6.5m, rows[2].Row!.Hours);
    }
}
