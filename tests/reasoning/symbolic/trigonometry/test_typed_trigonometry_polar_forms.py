"""Polar angles of complex numbers: the angle of a sum of cis terms whose angles are in
arithmetic progression, and the sum of the angles of all the roots of z^n = w (our own
problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

CIS_SUMS = [
    # seven angles 20, 32, ..., 92 around 56; every cosine factor is positive
    (r"The number $\text{cis } 20^\circ + \text{cis } 32^\circ + \dots + \text{cis } 92^\circ$ "
     r"is written as $r \, \text{cis } \theta$, where $r > 0$ and $0^\circ \le \theta < "
     r"360^\circ$.  Find $\theta$ in degrees.", "56"),
    # middle 4 pi / 9; 1 + 2 cos(pi/3) = 2 > 0
    (r"The sum $e^{\pi i/9} + e^{4\pi i/9} + e^{7 \pi i/9}$ can be expressed in the form "
     r"$r e^{i \theta}$, where $0 \le \theta < 2\pi$.  Find $\theta$.", r"\frac{4\pi}{9}"),
    # middle 200 degrees but 1 + 2 cos 140 < 0: half a turn more, 380 - 360 = 20
    (r"Write $\text{cis } 60^\circ + \text{cis } 200^\circ + \text{cis } 340^\circ$ in the "
     r"form $r \, \text{cis } \theta$ with $r > 0$ and $0^\circ \le \theta < 360^\circ$. "
     r"Enter $\theta$ in degrees.", "20"),
    # cis 30 + cis 330 = 2 cos 30, a positive real number: angle 0
    (r"The number $\text{cis } 30^\circ + \text{cis } 330^\circ$ is expressed as "
     r"$r \, \text{cis } \theta$ where $r > 0$ and $0^\circ \le \theta < 360^\circ$. "
     r"Find $\theta$ in degrees.", "0"),
]

ROOT_ANGLES = [
    # 8i has angle 90; 90 + 180 * 2
    (r"The solutions of $z^3 = 8i$ can be written as $z_1 = r_1 (\cos \theta_1 + i \sin "
     r"\theta_1), z_2 = r_2 (\cos \theta_2 + i \sin \theta_2), z_3 = r_3 (\cos \theta_3 + i "
     r"\sin \theta_3)$, where $r_k > 0$ and $0^\circ \le \theta_k < 360^\circ.$  Find "
     r"$\theta_1 + \theta_2 + \theta_3,$ in degrees.", "450"),
    # -1 has angle pi; pi + 4 pi
    (r"The roots of $z^5 = -1$ are $\text{cis } \theta_1$, $\text{cis } \theta_2$, $\dots$, "
     r"$\text{cis } \theta_5$, where $0 \le \theta_k < 2 \pi$ for all $1 \le k \le 5$.  "
     r"Find $\theta_1 + \theta_2 + \dots + \theta_5$.", r"5\pi"),
    # 1/2 + (sqrt 3 / 2) i has angle 60; 60 + 180 * 5
    (r"Let $\text{cis } \theta_1$, $\text{cis } \theta_2$, $\dots$, $\text{cis } \theta_6$ "
     r"be the solutions to $z^6 = \frac{1}{2} + \frac{\sqrt{3}}{2} i$, with each angle "
     r"satisfying $0^\circ \le \theta_k < 360^\circ$.  What is $\theta_1 + \theta_2 + \dots "
     r"+ \theta_6$ in degrees?", "960"),
]


@pytest.mark.parametrize(("problem", "answer"), CIS_SUMS + ROOT_ANGLES)
def test_polar_angles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the three terms add up to zero: no angle
    r"The number $\text{cis } 0^\circ + \text{cis } 120^\circ + \text{cis } 240^\circ$ is "
    r"written as $r \, \text{cis } \theta$, where $r > 0$ and $0^\circ \le \theta < "
    r"360^\circ$.  Find $\theta$ in degrees.",
    # the range is in radians but degrees are asked
    r"The number $\text{cis } 20^\circ + \text{cis } 40^\circ$ is written as $r \, "
    r"\text{cis } \theta$, where $r > 0$ and $0 \le \theta < 2\pi$.  Find $\theta$ in degrees.",
    # roots of z^3 = 8 have modulus 2, so they are not cis of an angle
    r"The roots of $z^3 = 8$ are $\text{cis } \theta_1$, $\text{cis } \theta_2$, "
    r"$\text{cis } \theta_3$, where $0^\circ \le \theta_k < 360^\circ$.  Find "
    r"$\theta_1 + \theta_2 + \theta_3$ in degrees.",
    # only two of the three roots
    r"The roots of $z^3 = i$ are $\text{cis } \theta_1$, $\text{cis } \theta_2$, "
    r"$\text{cis } \theta_3$, where $0^\circ \le \theta_k < 360^\circ$.  Find "
    r"$\theta_1 + \theta_2$ in degrees.",
])
def test_polar_angle_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
