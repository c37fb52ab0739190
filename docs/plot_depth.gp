# Depth and size (neurons) of the Standard-Model and gated circuits against n (m = n).
# Data: depth-data.tsv, made by
#   for k in 1 2 4 8 16 32 64; do quarks depth --m $k --n $k --tsv; done  (one header kept)
# Run from docs/: gnuplot plot_depth.gp  -> depth-plot.svg
set terminal svg size 1200,440 dynamic enhanced font "sans,11"
set output "depth-plot.svg"
set datafile separator "\t"
# One series per (circuit, family), selected by awk so that its points join into a line.
set multiplot layout 1,2
set title "depth (m = n)"
set xlabel "n"
set ylabel "depth (units on the longest path)"
set logscale x 2
set yrange [0:8]
set key outside right top
plot "< awk -F'\\t' '$3 == \"attention\" && $4 == \"SM\"' depth-data.tsv" using 2:5 with linespoints lw 2 dt 1 lc 1 title "attention SM", \
     "< awk -F'\\t' '$3 == \"attention\" && $4 == \"gated\"' depth-data.tsv" using 2:5 with linespoints lw 2 dt 2 lc 1 title "attention gated", \
     "< awk -F'\\t' '$3 == \"dot\" && $4 == \"SM\"' depth-data.tsv" using 2:5 with linespoints lw 2 dt 1 lc 2 title "dot SM", \
     "< awk -F'\\t' '$3 == \"dot\" && $4 == \"gated\"' depth-data.tsv" using 2:5 with linespoints lw 2 dt 2 lc 2 title "dot gated", \
     "< awk -F'\\t' '$3 == \"softmax\" && $4 == \"SM\"' depth-data.tsv" using 2:5 with linespoints lw 2 dt 1 lc 3 title "softmax SM", \
     "< awk -F'\\t' '$3 == \"softmax\" && $4 == \"gated\"' depth-data.tsv" using 2:5 with linespoints lw 2 dt 2 lc 3 title "softmax gated"
set title "size (m = n)"
set ylabel "neurons"
set logscale y 10
set yrange [*:*]
plot "< awk -F'\\t' '$3 == \"attention\" && $4 == \"SM\"' depth-data.tsv" using 2:6 with linespoints lw 2 dt 1 lc 1 title "attention SM", \
     "< awk -F'\\t' '$3 == \"attention\" && $4 == \"gated\"' depth-data.tsv" using 2:6 with linespoints lw 2 dt 2 lc 1 title "attention gated", \
     "< awk -F'\\t' '$3 == \"dot\" && $4 == \"SM\"' depth-data.tsv" using 2:6 with linespoints lw 2 dt 1 lc 2 title "dot SM", \
     "< awk -F'\\t' '$3 == \"dot\" && $4 == \"gated\"' depth-data.tsv" using 2:6 with linespoints lw 2 dt 2 lc 2 title "dot gated", \
     "< awk -F'\\t' '$3 == \"softmax\" && $4 == \"SM\"' depth-data.tsv" using 2:6 with linespoints lw 2 dt 1 lc 3 title "softmax SM", \
     "< awk -F'\\t' '$3 == \"softmax\" && $4 == \"gated\"' depth-data.tsv" using 2:6 with linespoints lw 2 dt 2 lc 3 title "softmax gated"
unset multiplot
