using System.Globalization;
using System.Text;

namespace SamePage.Web.Tests.Imports;

/// <summary>A deal the test expects in the database, computed by the test from the raw figures it wrote into the export.</summary>
internal sealed record ExpectedDeal(string ExternalId, string PartnerId, string Solution, DateOnly Date, string Type, string CustomerId, decimal ProductRevenue, decimal PartnerMargin, int Seats, string Status);

/// <summary>
/// One generated export: the file as the source system writes it, the mapping reference to import it with, and what must
/// come of it: the deals, how many rows are skipped (open stages, credits) and which lines are rejected.
/// </summary>
internal sealed record ExportFile(string FileName, byte[] Content, IReadOnlyList<ExpectedDeal> Deals, int Skipped, IReadOnlyList<long> RejectedLines);

/// <summary>A partner of the demo the exports refer to, by name or CRM id.</summary>
internal sealed record DemoPartner(string ExternalId, string Name);

/// <summary>
/// Generates exports of the four families with their real column names, formats and stage values, including rows that
/// must be skipped and rows that must be rejected. Every expected figure is computed here from the numbers written,
/// independently of the import code.
/// </summary>
internal static class ExportFamilies
{
    private static readonly CultureInfo s_us = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo s_de = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>An English Salesforce opportunity report: "$"-less EUR amounts with code, M/d/yyyy, Closed Won/Lost, open stages.</summary>
    public static ExportFile Salesforce(string run, IReadOnlyList<DemoPartner> partners)
    {
        var csv = new StringBuilder("Opportunity Name,Opportunity ID,Account Name,Partner Account,Stage,Probability (%),Close Date,Amount,Type,Product Name,Fiscal Period,Lead Source\n");
        var deals = new List<ExpectedDeal>();
        var stages = new[] { "Closed Won", "Closed Lost", "Prospecting", "Negotiation/Review", "Closed Won" };
        var types = new[] { ("New Customer", "New"), ("Existing Customer - Upgrade", "Upsell"), ("Existing Customer - Renewal", "Renewal") };
        var skipped = 0;
        for (var i = 0; i < 12; i++)
        {
            var partner = partners[i % partners.Count];
            var stage = stages[i % stages.Length];
            var amount = 1000m + (i * 1234.5m);
            var date = new DateOnly(2025, 1 + (i % 12), 1 + ((i * 7) % 28));
            var (typeLabel, type) = types[i % types.Length];
            var id = $"006{run}{i:D4}";

            // Partner names as people type them: other case and spacing.
            var partnerText = i % 2 == 0 ? partner.Name : "  " + partner.Name.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal);
            csv.Append($"Deal {i},{id},Customer {run} {i},\"{partnerText}\",{stage},{(stage.StartsWith("Closed", StringComparison.Ordinal) ? 100 : 40)},{date.ToString("M/d/yyyy", s_us)},\"EUR {amount.ToString("#,##0.00", s_us)}\",{typeLabel},Nordlicht Backup,Q{1 + ((date.Month - 1) / 3)}-2025,Partner\n");
            if (!stage.StartsWith("Closed", StringComparison.Ordinal))
            {
                skipped++;
                continue;
            }

            deals.Add(new ExpectedDeal(id, partner.ExternalId, "Nordlicht Backup", date, type, $"Customer {run} {i}", amount, 0.2m, 0, stage == "Closed Won" ? "Won" : "Lost"));
        }

        // Line 14: a partner nobody has; line 15: an amount that is not one.
        csv.Append($"Deal x,006{run}9001,Customer x,Nobody Such GmbH,Closed Won,100,3/3/2025,\"EUR 500.00\",New Customer,Nordlicht Backup,Q1-2025,Web\n");
        csv.Append($"Deal y,006{run}9002,Customer y,\"{partners[0].Name}\",Closed Won,100,3/4/2025,EUR twelve,New Customer,Nordlicht Backup,Q1-2025,Web\n");
        return new ExportFile($"salesforce-{run}.csv", Encoding.UTF8.GetBytes(csv.ToString()), deals, skipped, [14, 15]);
    }

    /// <summary>A HubSpot deals export: internal stage ids, ISO dates with a time, plain amounts, partner as a property.</summary>
    public static ExportFile HubSpot(string run, IReadOnlyList<DemoPartner> partners)
    {
        var csv = new StringBuilder("Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Company,Pipeline,Deal owner,Partner,Deal Type,Create Date\n");
        var deals = new List<ExpectedDeal>();
        var stages = new[] { "closedwon", "appointmentscheduled", "closedlost", "contractsent", "closedwon", "Closed Won" };
        var skipped = 0;
        for (var i = 0; i < 12; i++)
        {
            var partner = partners[(i + 1) % partners.Count];
            var stage = stages[i % stages.Length];
            var amount = 250m + (i * 99.99m);
            var date = new DateOnly(2025, 2 + (i % 10), 3 + i);
            var type = i % 3 == 0 ? ("existingbusiness", "Upsell") : ("newbusiness", "New");
            var id = $"{run}{i:D3}";
            csv.Append($"{id},Deal {i},{stage},{amount.ToString(CultureInfo.InvariantCulture)},{date:yyyy-MM-dd} 14:22,Company {run} {i},default,Owner,{partner.Name},{type.Item1},2024-12-01 09:00\n");
            if (stage is "appointmentscheduled" or "contractsent")
            {
                skipped++;
                continue;
            }

            deals.Add(new ExpectedDeal(id, partner.ExternalId, "Nordlicht Backup", date, type.Item2, $"Company {run} {i}", amount, 0.2m, 0, stage == "closedlost" ? "Lost" : "Won"));
        }

        // Line 14: a stage the mapping does not know is skipped, not guessed; it is counted.
        csv.Append($"{run}901,Deal odd,qualifiedtobuy,100,2025-05-05 10:00,Company odd,default,Owner,{partners[0].Name},newbusiness,2024-12-01 09:00\n");
        skipped++;

        // Line 15: a date HubSpot never writes.
        csv.Append($"{run}902,Deal bad,closedwon,100,yesterday,Company bad,default,Owner,{partners[0].Name},newbusiness,2024-12-01 09:00\n");
        return new ExportFile($"hubspot-{run}.csv", Encoding.UTF8.GetBytes(csv.ToString()), deals, skipped, [15]);
    }

    /// <summary>
    /// A Partner Center reconciliation file: the reseller by MPN id (stored as the partner's CRM id), margin from the effective
    /// price, credits and cancellations to skip, one line with a zero unit price (the formula cannot divide) to reject.
    /// </summary>
    public static ExportFile PartnerCenter(string run, IReadOnlyList<(DemoPartner Partner, string MpnId)> resellers)
    {
        var csv = new StringBuilder("PartnerId,CustomerId,CustomerName,CustomerDomainName,MpnId,ResellerMpnId,InvoiceNumber,OrderId,OrderDate,SubscriptionId,ProductId,SkuId,SkuName,ProductName,ChargeType,UnitPrice,EffectiveUnitPrice,Quantity,Subtotal,TaxTotal,Total,Currency,PartnerEarnedCreditPercentage,ChargeStartDate,ChargeEndDate\n");
        var deals = new List<ExpectedDeal>();
        var charges = new[] { ("new", "New"), ("renew", "Renewal"), ("addQuantity", "Upsell"), ("cycleCharge", "Recurring"), ("cancelImmediate", null), ("new", "New") };
        var skipped = 0;
        for (var i = 0; i < 12; i++)
        {
            var (partner, mpn) = resellers[i % resellers.Count];
            var (charge, type) = charges[i % charges.Length];
            var unit = 4.5m + i;
            var effective = Math.Round(unit * (1 - (0.10m + (i % 4 * 0.05m))), 4);
            var quantity = 10 + (i * 3);
            var date = new DateOnly(2025, 1 + (i % 12), 15);
            var order = $"ORD{run}{i:D3}";
            var customer = $"cust-{run}-{i % 5}";
            csv.Append(string.Join(',', "1111111", customer, $"Customer {i}", $"c{i}.example", "2222222", mpn, $"G{run}{i:D3}", order, $"{date.Month}/{date.Day}/{date.Year} 00:00:00",
                $"sub-{run}-{i}", "CFQ7TTC0LF8Q", "0001", "Backup 1 TB", "Nordlicht Backup for Microsoft 365", charge,
                unit.ToString(CultureInfo.InvariantCulture), effective.ToString(CultureInfo.InvariantCulture), quantity.ToString(CultureInfo.InvariantCulture),
                (unit * quantity).ToString(CultureInfo.InvariantCulture), "0", (unit * quantity).ToString(CultureInfo.InvariantCulture), "EUR", "15",
                $"{date.Month}/{date.Day}/{date.Year}", $"{date.Month}/{date.Day}/{date.Year}")).Append('\n');
            if (type is null)
            {
                skipped++;
                continue;
            }

            var externalId = $"G{run}{i:D3}/{order}/sub-{run}-{i}/{charge}/{date.Month}/{date.Day}/{date.Year}/0001";
            deals.Add(new ExpectedDeal(externalId, partner.ExternalId, "Nordlicht Backup", date, type, customer, unit * quantity, Math.Round(1 - (effective / unit), 4, MidpointRounding.AwayFromZero), quantity, "Won"));
        }

        csv.Append(string.Join(',', "1111111", "cust-z", "Customer z", "z.example", "2222222", resellers[0].MpnId, $"G{run}999", $"ORD{run}999", "6/1/2025 00:00:00",
            $"sub-{run}-z", "CFQ7TTC0LF8Q", "0001", "Backup 1 TB", "Nordlicht Backup for Microsoft 365", "new", "0", "0", "5", "0", "0", "0", "EUR", "15", "6/1/2025", "6/1/2025")).Append('\n');
        return new ExportFile($"reconciliation-{run}.csv", Encoding.UTF8.GetBytes(csv.ToString()), deals, skipped, [14]);
    }

    /// <summary>
    /// A European distributor's sales-out report: ';'-separated, Windows-1252, German numbers with "€", DD.MM.YYYY; the reseller
    /// by an id SamePage does not know, so by its company name; one line from a reseller that is no partner.
    /// </summary>
    public static ExportFile SalesOut(string run, IReadOnlyList<DemoPartner> partners)
    {
        var csv = new StringBuilder("Reseller ID;Reseller Company Name;End Customer Name;Subscription ID;Plan;Quantity;Unit Price;Net Price;Invoice Date;Invoice Number;Currency;Country\n");
        var deals = new List<ExpectedDeal>();
        for (var i = 0; i < 10; i++)
        {
            var partner = partners[(i + 2) % partners.Count];
            var quantity = 5 + i;
            var list = 1200m + (i * 150.25m);
            var net = Math.Round(list * 0.75m, 2);
            var date = new DateOnly(2025, 1 + i, 28);
            var subscription = $"S-{run}-{i}";
            csv.Append($"D-{run}-{i};{partner.Name};End {i};{subscription};Backup Pro {i % 2 + 1};{quantity};{list.ToString("#,##0.00", s_de)} €;{net.ToString("#,##0.00", s_de)} €;{date:dd.MM.yyyy};INV-{run}-{i};EUR;DE\n");
            deals.Add(new ExpectedDeal($"INV-{run}-{i}/{subscription}", partner.ExternalId, "Nordlicht Backup", date, "New", $"End {i}", quantity * list,
                Math.Round(1 - (net / list), 4, MidpointRounding.AwayFromZero), quantity, "Won"));
        }

        csv.Append($"D-{run}-x;Unbekannt Handel KG;End x;S-{run}-x;Backup Pro 1;1;100,00 €;80,00 €;01.02.2025;INV-{run}-x;EUR;DE\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new ExportFile($"sales-out-{run}.csv", Encoding.GetEncoding(1252).GetBytes(csv.ToString()), deals, 0, [12]);
    }
}
