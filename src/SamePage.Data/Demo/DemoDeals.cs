using SamePage.Data.Entities;
using SamePage.Core.Actuals;

namespace SamePage.Data.Demo;

/// <summary>
/// Deterministic deals and partner costs per partner, shaped like the solution's economics: MSP backup seats
/// billed monthly with managed-service fees; resold mail-security licences at 3–15 % margin with renewals;
/// analytics projects with services worth 1.5–3× the licence at 30–50 % gross margin.
/// </summary>
public sealed class DemoDeals(IReadOnlyDictionary<string, int> solutionIds, double volume)
{
    public sealed record PartnerRef(int Id, string ExternalId, PartnerType Type);

    public IEnumerable<Deal> Deals(PartnerRef partner, int seed) => Generate(partner, seed).OfType<Deal>();

    public IEnumerable<PartnerCost> Costs(PartnerRef partner, int seed) => Generate(partner, seed).OfType<PartnerCost>();

    /// <summary>The solutions a partner of this type sells, with a per-partner random draw.</summary>
    private static IEnumerable<string> Portfolio(PartnerType type, Random random)
    {
        switch (type)
        {
            case PartnerType.Msp:
                yield return DemoCatalog.Backup;
                if (random.NextDouble() < 0.3) { yield return DemoCatalog.SecureMail; }
                break;
            case PartnerType.Si:
                yield return DemoCatalog.Analytics;
                if (random.NextDouble() < 0.2) { yield return DemoCatalog.SecureMail; }
                break;
            default:
                yield return DemoCatalog.SecureMail;
                if (random.NextDouble() < 0.25) { yield return DemoCatalog.Backup; }
                break;
        }
    }

    private IEnumerable<object> Generate(PartnerRef partner, int seed)
    {
        // HashCode.Combine is randomized per process; the demo must be the same on every run.
        var random = new Random(unchecked((seed * 1_000_003) ^ partner.Id));
        foreach (var solution in Portfolio(partner.Type, random).ToList())
        {
            var context = new PartnerContext(partner, solutionIds[solution], random, volume);
            var items = solution switch
            {
                DemoCatalog.Backup => context.Backup(),
                DemoCatalog.SecureMail => context.SecureMail(),
                _ => context.Analytics(),
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private sealed class PartnerContext(PartnerRef partner, int solutionId, Random random, double volume)
    {
        private readonly double _quality = Math.Exp(Normal(random) * 0.5);
        private readonly int _startMonth = random.Next(0, 14);
        // Share of a dedicated specialist the partner keeps for the solution: the fixed cost that weak partners do not earn back.
        private readonly decimal _staffCost = Math.Round((decimal)(0.4 + random.NextDouble() * 0.8), 2);
        private int _dealNumber;
        private int _costNumber;

        private string Prefix => $"{partner.ExternalId}-S{solutionId}";

        public IEnumerable<object> Backup()
        {
            var margin = Round(0.15 + random.NextDouble() * 0.15, 3);
            var winRate = 0.45 + random.NextDouble() * 0.3;
            var seatPrice = 5m;
            var customers = new List<int>();
            foreach (var cost in StartCosts(6000m, 40 * 70m, 3))
            {
                yield return cost;
            }
            for (var m = _startMonth; m < DemoCatalog.Months; m++)
            {
                var month = DemoCatalog.FirstMonth.AddMonths(m);
                var newCustomers = Poisson(random, 1.8 * _quality * volume);
                for (var k = 0; k < newCustomers; k++)
                {
                    var seats = Math.Max(5, (int)Math.Round(Math.Exp(Math.Log(40) + Normal(random) * 0.5)));
                    customers.Add(seats);
                    yield return Deal(month, DealType.New, $"C{_dealNumber}", seats * seatPrice, margin, 800m + random.Next(0, 1700), seats, DealStatus.Won);
                }
                foreach (var lost in Lost(month, newCustomers, winRate, 200m, margin))
                {
                    yield return lost;
                }
                customers.RemoveAll(_ => random.NextDouble() < 0.01);
                var activeSeats = customers.Sum();
                if (activeSeats > 0)
                {
                    yield return Deal(month, DealType.Recurring, "portfolio", activeSeats * seatPrice, margin, activeSeats * 4m, activeSeats, DealStatus.Won);
                }
                if (newCustomers > 0)
                {
                    yield return Cost(month, CostCategory.Presales, newCustomers * 6 * 70m, newCustomers * 6m);
                }
                yield return Cost(month, CostCategory.Other, _staffCost * 4000m, _staffCost * 57m);
            }
        }

        public IEnumerable<object> SecureMail()
        {
            var margin = Round(0.03 + random.NextDouble() * 0.12, 3);
            var attach = 0.08 + random.NextDouble() * 0.25;
            var winRate = 0.35 + random.NextDouble() * 0.35;
            var renewals = new List<(int Month, string Customer, decimal Revenue, int Seats)>();
            foreach (var cost in StartCosts(1500m, 16 * 65m, 1))
            {
                yield return cost;
            }
            for (var m = _startMonth; m < DemoCatalog.Months; m++)
            {
                var month = DemoCatalog.FirstMonth.AddMonths(m);
                var newDeals = Poisson(random, 2.2 * _quality * volume);
                for (var k = 0; k < newDeals; k++)
                {
                    var seats = Math.Max(10, (int)Math.Round(Math.Exp(Math.Log(60) + Normal(random) * 0.6)));
                    var revenue = seats * 36m;
                    var customer = $"C{_dealNumber}";
                    renewals.Add((m + 12, customer, revenue, seats));
                    yield return Deal(month, DealType.New, customer, revenue, margin, Round2(revenue * (decimal)attach), seats, DealStatus.Won);
                }
                foreach (var lost in Lost(month, newDeals, winRate, 2200m, margin))
                {
                    yield return lost;
                }
                foreach (var due in renewals.Where(r => r.Month == m).ToList())
                {
                    renewals.Remove(due);
                    if (random.NextDouble() < 0.85)
                    {
                        var revenue = Round2(due.Revenue * 1.03m);
                        renewals.Add((m + 12, due.Customer, revenue, due.Seats));
                        yield return Deal(month, DealType.Renewal, due.Customer, revenue, margin, 0m, due.Seats, DealStatus.Won);
                        if (random.NextDouble() < 0.12)
                        {
                            yield return Deal(month, DealType.Upsell, due.Customer, Round2(revenue * 0.3m), margin, Round2(revenue * 0.3m * (decimal)attach), 0, DealStatus.Won);
                        }
                    }
                }
                if (m % 3 == 0)
                {
                    yield return Cost(month, CostCategory.Marketing, 300m + random.Next(0, 600), null);
                }
                yield return Cost(month, CostCategory.Other, _staffCost * 700m, _staffCost * 10m);
                if (newDeals > 0)
                {
                    yield return Cost(month, CostCategory.Presales, newDeals * 3 * 65m, newDeals * 3m);
                }
            }
        }

        public IEnumerable<object> Analytics()
        {
            var margin = Round(0.10 + random.NextDouble() * 0.10, 3);
            var servicesFactor = 1.5 + random.NextDouble() * 1.5;
            var winRate = 0.25 + random.NextDouble() * 0.25;
            var maintenance = new List<(int Month, string Customer, decimal Revenue)>();
            foreach (var cost in StartCosts(12000m, 80 * 90m, 2))
            {
                yield return cost;
            }
            for (var m = _startMonth; m < DemoCatalog.Months; m++)
            {
                var month = DemoCatalog.FirstMonth.AddMonths(m);
                var newDeals = Poisson(random, 0.45 * _quality * volume);
                for (var k = 0; k < newDeals; k++)
                {
                    var licence = (decimal)(Math.Round(200 + random.NextDouble() * 1000) * 100);
                    var customer = $"C{_dealNumber}";
                    maintenance.Add((m + 12, customer, Round2(licence * 0.2m)));
                    yield return Deal(month, DealType.New, customer, licence, margin, Round2(licence * (decimal)servicesFactor), 0, DealStatus.Won);
                    yield return Cost(month, CostCategory.Presales, 40 * 90m, 40m);
                }
                foreach (var lost in Lost(month, newDeals, winRate, 60000m, margin))
                {
                    yield return lost;
                }
                yield return Cost(month, CostCategory.Other, _staffCost * 9000m, _staffCost * 110m);
                foreach (var due in maintenance.Where(r => r.Month == m).ToList())
                {
                    maintenance.Remove(due);
                    if (random.NextDouble() < 0.9)
                    {
                        maintenance.Add((m + 12, due.Customer, due.Revenue));
                        yield return Deal(month, DealType.Renewal, due.Customer, due.Revenue, margin, 0m, 0, DealStatus.Won);
                    }
                }
            }
        }

        private IEnumerable<object> StartCosts(decimal certification, decimal training, int trainingMonths)
        {
            var start = DemoCatalog.FirstMonth.AddMonths(_startMonth);
            yield return Cost(start, CostCategory.Certification, certification, null);
            for (var i = 0; i < trainingMonths; i++)
            {
                yield return Cost(start.AddMonths(i), CostCategory.Training, Round2(training / trainingMonths), null);
            }
        }

        private IEnumerable<Deal> Lost(DateOnly month, int won, double winRate, decimal typicalRevenue, decimal margin)
        {
            var lost = Poisson(random, won * (1 - winRate) / winRate);
            for (var i = 0; i < lost; i++)
            {
                yield return Deal(month, DealType.New, $"L{_dealNumber}", Round2(typicalRevenue * (decimal)(0.5 + random.NextDouble())), margin, 0m, 0, DealStatus.Lost);
            }
        }

        private Deal Deal(DateOnly month, DealType type, string customer, decimal productRevenue, decimal margin, decimal services, int seats, DealStatus status) => new()
        {
            ExternalId = $"D-{Prefix}-{++_dealNumber:00000}",
            PartnerId = partner.Id,
            SolutionId = solutionId,
            Date = month.AddDays(random.Next(0, 28)),
            Type = type,
            CustomerId = customer == "portfolio" ? $"{partner.ExternalId}-portfolio" : $"{Prefix}-{customer}",
            ProductRevenue = productRevenue,
            PartnerMargin = margin,
            ServicesRevenue = services,
            Seats = seats,
            Status = status,
        };

        private PartnerCost Cost(DateOnly month, CostCategory category, decimal amount, decimal? hours) => new()
        {
            ExternalId = $"K-{Prefix}-{++_costNumber:00000}",
            PartnerId = partner.Id,
            SolutionId = solutionId,
            Date = month.AddDays(random.Next(0, 28)),
            Category = category,
            Amount = amount,
            Hours = hours,
        };
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int Poisson(Random random, double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }
        return k;
    }

    private static decimal Round(double value, int digits) => (decimal)Math.Round(value, digits);

    private static decimal Round2(decimal value) => Math.Round(value, 2);
}
