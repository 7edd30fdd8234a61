// Geometry for the measure_reference tool: PCA (Jacobi), loft fit and rebuild, sphere fit,
// connected pieces. Double precision throughout; deterministic for a given input order.
#include "bodygen/measure_geometry.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <queue>
#include <tuple>

namespace myo::measure {

namespace {

// Eigen-decomposition of a symmetric 3×3 matrix by cyclic Jacobi rotations.
void jacobiEigen(glm::dmat3 a, glm::dvec3& values, glm::dmat3& vectors) {
  vectors = glm::dmat3(1.0);
  for (int sweep = 0; sweep < 50; ++sweep) {
    const double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
    if (off < 1e-30) break;
    for (int p = 0; p < 2; ++p) {
      for (int q = p + 1; q < 3; ++q) {
        if (std::abs(a[p][q]) < 1e-300) continue;
        const double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
        const double t =
            (theta >= 0.0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
        const double c = 1.0 / std::sqrt(t * t + 1.0);
        const double s = t * c;
        glm::dmat3 r(1.0);
        r[p][p] = c;
        r[q][q] = c;
        r[q][p] = s;   // column q, row p
        r[p][q] = -s;  // column p, row q
        a = glm::transpose(r) * a * r;
        vectors = vectors * r;
      }
    }
  }
  values = glm::dvec3(a[0][0], a[1][1], a[2][2]);
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int i) {
    while (parent[static_cast<std::size_t>(i)] != i) {
      parent[static_cast<std::size_t>(i)] =
          parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(i)])];
      i = parent[static_cast<std::size_t>(i)];
    }
    return i;
  }
  void join(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
  }
};

}  // namespace

Pca principalAxes(std::span<const glm::dvec3> points) {
  Pca pca;
  pca.mean = meanOf(points);
  glm::dmat3 cov(0.0);
  for (const glm::dvec3& p : points) {
    const glm::dvec3 d = p - pca.mean;
    cov += glm::outerProduct(d, d);
  }
  cov /= static_cast<double>(std::max<std::size_t>(points.size(), 1));
  glm::dvec3 values;
  glm::dmat3 vectors;
  jacobiEigen(cov, values, vectors);
  std::array<int, 3> order{0, 1, 2};
  std::sort(order.begin(), order.end(), [&](int i, int j) { return values[i] > values[j]; });
  for (std::size_t k = 0; k < 3; ++k) {
    pca.axes[k] = glm::normalize(vectors[order[k]]);
    pca.variances[k] = values[order[k]];
  }
  pca.axes[0] = canonicalSign(pca.axes[0]);
  pca.axes[1] = canonicalSign(pca.axes[1]);
  pca.axes[2] = glm::normalize(glm::cross(pca.axes[0], pca.axes[1]));
  return pca;
}

Box boxOf(std::span<const glm::dvec3> points) {
  Box box;
  for (const glm::dvec3& p : points) box.add(p);
  return box;
}

glm::dvec3 meanOf(std::span<const glm::dvec3> points) {
  glm::dvec3 sum(0.0);
  for (const glm::dvec3& p : points) sum += p;
  return points.empty() ? sum : sum / static_cast<double>(points.size());
}

glm::dvec3 areaCentroid(const Mesh& mesh) {
  glm::dvec3 sum(0.0);
  double area = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3& a = mesh.positions[mesh.indices[t]];
    const glm::dvec3& b = mesh.positions[mesh.indices[t + 1]];
    const glm::dvec3& c = mesh.positions[mesh.indices[t + 2]];
    const double w = 0.5 * glm::length(glm::cross(b - a, c - a));
    sum += w * (a + b + c) / 3.0;
    area += w;
  }
  return area > 0.0 ? sum / area : meanOf(mesh.positions);
}

glm::dvec3 extremePoint(std::span<const glm::dvec3> points, const glm::dvec3& dir, double band) {
  const glm::dvec3 d = glm::normalize(dir);
  double best = -1e30;
  for (const glm::dvec3& p : points) best = std::max(best, glm::dot(p, d));
  glm::dvec3 sum(0.0);
  int n = 0;
  for (const glm::dvec3& p : points) {
    if (glm::dot(p, d) >= best - band) {
      sum += p;
      ++n;
    }
  }
  return n > 0 ? sum / static_cast<double>(n) : sum;
}

glm::dvec4 fitSphere(std::span<const glm::dvec3> points, glm::dvec3 seed, double radius,
                     int iterations) {
  glm::dvec4 result(seed, radius);
  for (int it = 0; it < iterations; ++it) {
    // Linear least squares: |p|² = 2 c·p + (r² − |c|²), unknowns (c, k). Normal equations 4×4.
    double ata[4][4] = {};
    double atb[4] = {};
    int used = 0;
    for (const glm::dvec3& p : points) {
      if (glm::distance(p, glm::dvec3(result)) > radius) continue;
      const glm::dvec3 q = p - seed;  // centred for conditioning
      const double row[4] = {2.0 * q.x, 2.0 * q.y, 2.0 * q.z, 1.0};
      const double rhs = glm::dot(q, q);
      for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) ata[i][j] += row[i] * row[j];
        atb[i] += row[i] * rhs;
      }
      ++used;
    }
    if (used < 10) break;
    // Gaussian elimination with partial pivoting.
    double m[4][5];
    for (int i = 0; i < 4; ++i) {
      for (int j = 0; j < 4; ++j) m[i][j] = ata[i][j];
      m[i][4] = atb[i];
    }
    for (int c = 0; c < 4; ++c) {
      int piv = c;
      for (int r = c + 1; r < 4; ++r)
        if (std::abs(m[r][c]) > std::abs(m[piv][c])) piv = r;
      for (int j = 0; j < 5; ++j) std::swap(m[c][j], m[piv][j]);
      for (int r = 0; r < 4; ++r) {
        if (r == c || m[c][c] == 0.0) continue;
        const double f = m[r][c] / m[c][c];
        for (int j = c; j < 5; ++j) m[r][j] -= f * m[c][j];
      }
    }
    const glm::dvec3 centre(m[0][4] / m[0][0], m[1][4] / m[1][1], m[2][4] / m[2][2]);
    const double k = m[3][4] / m[3][3];
    result = glm::dvec4(seed + centre, std::sqrt(std::max(0.0, k + glm::dot(centre, centre))));
  }
  return result;
}

std::vector<int> pieceLabels(const Mesh& mesh, int& pieceCount) {
  const std::size_t n = mesh.positions.size();
  UnionFind uf(n);
  std::map<std::tuple<double, double, double>, int> firstAt;
  for (std::size_t i = 0; i < n; ++i) {
    const glm::dvec3& p = mesh.positions[i];
    const auto [it, inserted] = firstAt.emplace(std::make_tuple(p.x, p.y, p.z), int(i));
    if (!inserted) uf.join(it->second, int(i));
  }
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    uf.join(int(mesh.indices[t]), int(mesh.indices[t + 1]));
    uf.join(int(mesh.indices[t]), int(mesh.indices[t + 2]));
  }
  std::map<int, int> labelOfRoot;
  std::vector<int> labels(n);
  for (std::size_t i = 0; i < n; ++i) {
    const int root = uf.find(int(i));
    const auto [it, inserted] = labelOfRoot.emplace(root, int(labelOfRoot.size()));
    labels[i] = it->second;
  }
  pieceCount = int(labelOfRoot.size());
  return labels;
}

std::size_t dropStrayPieces(Mesh& mesh, double fraction, double gap) {
  int count = 0;
  const std::vector<int> labels = pieceLabels(mesh, count);
  if (count < 2) return 0;
  std::vector<std::size_t> sizes(static_cast<std::size_t>(count), 0);
  for (int l : labels) ++sizes[static_cast<std::size_t>(l)];
  // Core: the pieces holding at least `fraction` of the vertices (or the largest one).
  const auto isCore = [&](std::size_t piece) {
    return double(sizes[piece]) >= fraction * double(labels.size()) ||
           sizes[piece] == *std::max_element(sizes.begin(), sizes.end());
  };
  Box core;
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (isCore(static_cast<std::size_t>(labels[i]))) core.add(mesh.positions[i]);
  std::vector<Box> boxes(static_cast<std::size_t>(count));
  for (std::size_t i = 0; i < labels.size(); ++i)
    boxes[static_cast<std::size_t>(labels[i])].add(mesh.positions[i]);
  std::vector<bool> drop(static_cast<std::size_t>(count), false);
  for (std::size_t piece = 0; piece < drop.size(); ++piece) {
    if (isCore(piece)) continue;
    const Box& self = boxes[piece];
    const glm::dvec3 outside =
        glm::max(glm::dvec3(0.0), glm::max(core.min - self.max, self.min - core.max));
    drop[piece] = glm::length(outside) > gap;
  }
  std::vector<std::int64_t> remap(labels.size(), -1);
  Mesh kept;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (drop[static_cast<std::size_t>(labels[i])]) continue;
    remap[i] = std::int64_t(kept.positions.size());
    kept.positions.push_back(mesh.positions[i]);
  }
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    if (remap[mesh.indices[t]] < 0) continue;
    for (std::size_t k = 0; k < 3; ++k)
      kept.indices.push_back(std::uint32_t(remap[mesh.indices[t + k]]));
  }
  const std::size_t dropped = mesh.positions.size() - kept.positions.size();
  mesh = std::move(kept);
  return dropped;
}

std::vector<double> geodesicFromEnd(const Mesh& mesh) {
  const std::size_t n = mesh.positions.size();
  // Representative vertex per position, then an edge list between representatives.
  std::map<std::tuple<double, double, double>, std::uint32_t> firstAt;
  std::vector<std::uint32_t> rep(n);
  for (std::size_t i = 0; i < n; ++i) {
    const glm::dvec3& p = mesh.positions[i];
    rep[i] = firstAt.emplace(std::make_tuple(p.x, p.y, p.z), std::uint32_t(i)).first->second;
  }
  std::vector<std::vector<std::uint32_t>> next(n);
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (std::size_t k = 0; k < 3; ++k) {
      const std::uint32_t a = rep[mesh.indices[t + k]], b = rep[mesh.indices[t + (k + 1) % 3]];
      next[a].push_back(b);
      next[b].push_back(a);
    }
  const auto dijkstra = [&](std::uint32_t source) {
    std::vector<double> dist(n, -1.0);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    dist[source] = 0.0;
    queue.push({0.0, source});
    while (!queue.empty()) {
      const auto [d, v] = queue.top();
      queue.pop();
      if (d > dist[v]) continue;
      for (const std::uint32_t w : next[v]) {
        const double nd = d + glm::distance(mesh.positions[v], mesh.positions[w]);
        if (dist[w] < 0.0 || nd < dist[w]) {
          dist[w] = nd;
          queue.push({nd, w});
        }
      }
    }
    return dist;
  };
  const auto farthest = [&](const std::vector<double>& dist) {
    return std::uint32_t(std::max_element(dist.begin(), dist.end()) - dist.begin());
  };
  // Start in the largest piece: the vertex with the most neighbours is a fine seed there.
  std::uint32_t seed = 0;
  for (std::uint32_t i = 0; i < n; ++i)
    if (next[i].size() > next[seed].size()) seed = i;
  std::vector<double> dist = dijkstra(farthest(dijkstra(seed)));
  for (std::size_t i = 0; i < n; ++i) dist[i] = dist[rep[i]];
  return dist;
}

glm::dvec3 canonicalSign(const glm::dvec3& v) {
  int big = 0;
  for (int k = 1; k < 3; ++k)
    if (std::abs(v[k]) > std::abs(v[big])) big = k;
  return v[big] < 0.0 ? -v : v;
}

LoftFit fitLoft(std::span<const glm::dvec3> points, const glm::dvec3& originDir, double twist) {
  const Pca pca = principalAxes(points);
  LoftFit fit;
  fit.axis = pca.axes[0];
  double lo = 1e30, hi = -1e30;
  for (const glm::dvec3& p : points) {
    const double t = glm::dot(p - pca.mean, fit.axis);
    lo = std::min(lo, t);
    hi = std::max(hi, t);
  }
  // End whose slab mean lies farther along originDir is the origin.
  const double endBand = 0.03 * (hi - lo);
  const glm::dvec3 loEnd = extremePoint(points, -fit.axis, endBand);
  const glm::dvec3 hiEnd = extremePoint(points, fit.axis, endBand);
  if (glm::dot(hiEnd - loEnd, originDir) > 0.0) {
    fit.axis = -fit.axis;
    std::swap(lo, hi);
    lo = -lo;
    hi = -hi;
  }
  const glm::dvec3 b0 = glm::normalize(glm::cross(fit.axis, pca.axes[1]));
  fit.axisA = glm::normalize(std::cos(twist) * pca.axes[1] + std::sin(twist) * b0);
  fit.axisB = glm::normalize(glm::cross(fit.axis, fit.axisA));
  // End points: on the extreme plane, at the mean cross-section position of the end slab.
  const auto project = [&](const glm::dvec3& p, double t) {
    const glm::dvec3 d = p - pca.mean;
    return pca.mean + t * fit.axis + glm::dot(d, fit.axisA) * fit.axisA +
           glm::dot(d, fit.axisB) * fit.axisB;
  };
  fit.origin = project(extremePoint(points, -fit.axis, endBand), lo);
  fit.insertion = project(extremePoint(points, fit.axis, endBand), hi);

  constexpr int n = ref::kLoftStations;
  const double width = (hi - lo) / n;
  std::array<glm::dvec2, n> minUv, maxUv;
  minUv.fill(glm::dvec2(1e30));
  maxUv.fill(glm::dvec2(-1e30));
  for (const glm::dvec3& p : points) {
    const glm::dvec3 d = p - pca.mean;
    const int slab = std::clamp(int(std::floor((glm::dot(d, fit.axis) - lo) / width)), 0, n - 1);
    const glm::dvec2 uv(glm::dot(d, fit.axisA), glm::dot(d, fit.axisB));
    minUv[slab] = glm::min(minUv[slab], uv);
    maxUv[slab] = glm::max(maxUv[slab], uv);
  }
  for (int s = 0; s < n; ++s) {
    if (minUv[s].x > maxUv[s].x) {  // empty slab: borrow the nearest filled neighbour
      for (int k = 1; k < n; ++k) {
        const int j = (s - k >= 0 && minUv[s - k].x <= maxUv[s - k].x) ? s - k : s + k;
        if (j < n && minUv[j].x <= maxUv[j].x) {
          minUv[s] = minUv[j];
          maxUv[s] = maxUv[j];
          break;
        }
      }
    }
    const glm::dvec2 c = 0.5 * (minUv[s] + maxUv[s]);
    fit.centres[s] =
        pca.mean + (lo + (s + 0.5) * width) * fit.axis + c.x * fit.axisA + c.y * fit.axisB;
    fit.radii[s] = 0.5 * (maxUv[s] - minUv[s]);
  }
  return fit;
}

Mesh rebuildLoft(const ref::MeasuredShape& shape, int ringPoints) {
  Mesh mesh;
  const glm::dvec3 a(shape.axisA), b(shape.axisB);
  mesh.positions.push_back(glm::dvec3(shape.origin));
  for (const ref::LoftStation& st : shape.stations) {
    for (int k = 0; k < ringPoints; ++k) {
      const double phi = 2.0 * M_PI * k / ringPoints;
      mesh.positions.push_back(glm::dvec3(st.centre) + double(st.radiusA) * std::cos(phi) * a +
                               double(st.radiusB) * std::sin(phi) * b);
    }
  }
  mesh.positions.push_back(glm::dvec3(shape.insertion));
  const auto ring = [&](int s, int k) {
    return std::uint32_t(1 + s * ringPoints + (k % ringPoints));
  };
  const auto tri = [&](std::uint32_t i, std::uint32_t j, std::uint32_t k) {
    mesh.indices.insert(mesh.indices.end(), {i, j, k});
  };
  const auto last = std::uint32_t(mesh.positions.size() - 1);
  for (int k = 0; k < ringPoints; ++k) {
    tri(0, ring(0, k + 1), ring(0, k));
    tri(last, ring(ref::kLoftStations - 1, k), ring(ref::kLoftStations - 1, k + 1));
    for (int s = 0; s + 1 < ref::kLoftStations; ++s) {
      tri(ring(s, k), ring(s, k + 1), ring(s + 1, k + 1));
      tri(ring(s, k), ring(s + 1, k + 1), ring(s + 1, k));
    }
  }
  return mesh;
}

}  // namespace myo::measure
