; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.2: for each item: q(e_j) = 0 and q(e_i) = theta_i for i != j (Eq. 5.4)
; obligation: items-0-319: an item and some e_i with q(e_i) != (0 if i = j else theta_i) (Eq. 5.4)
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z1_0 () Int)
(declare-fun z1_1 () Int)
(declare-fun z1_2 () Int)
(declare-fun z1_3 () Int)
(declare-fun z1_4 () Int)
(declare-fun z2_4 () Int)
(declare-fun z1_5 () Int)
(declare-fun z2_5 () Int)
(declare-fun z1_6 () Int)
(declare-fun z2_6 () Int)
(declare-fun z1_7 () Int)
(declare-fun z2_7 () Int)
(declare-fun z1_8 () Int)
(declare-fun z2_8 () Int)
(declare-fun z1_9 () Int)
(declare-fun z2_9 () Int)
(declare-fun z1_10 () Int)
(declare-fun z2_10 () Int)
(declare-fun z1_11 () Int)
(declare-fun z2_11 () Int)
(declare-fun z1_12 () Int)
(declare-fun z2_12 () Int)
(declare-fun z1_13 () Int)
(declare-fun z2_13 () Int)
(declare-fun z1_14 () Int)
(declare-fun z2_14 () Int)
(declare-fun z1_15 () Int)
(declare-fun z2_15 () Int)
(declare-fun z1_16 () Int)
(declare-fun z2_16 () Int)
(declare-fun z3_16 () Int)
(declare-fun z1_17 () Int)
(declare-fun z2_17 () Int)
(declare-fun z3_17 () Int)
(declare-fun z1_18 () Int)
(declare-fun z2_18 () Int)
(declare-fun z3_18 () Int)
(declare-fun z1_19 () Int)
(declare-fun z2_19 () Int)
(declare-fun z3_19 () Int)
(declare-fun z1_20 () Int)
(declare-fun z2_20 () Int)
(declare-fun z3_20 () Int)
(declare-fun z1_21 () Int)
(declare-fun z2_21 () Int)
(declare-fun z3_21 () Int)
(declare-fun z1_22 () Int)
(declare-fun z2_22 () Int)
(declare-fun z3_22 () Int)
(declare-fun z1_23 () Int)
(declare-fun z2_23 () Int)
(declare-fun z3_23 () Int)
(declare-fun z1_24 () Int)
(declare-fun z2_24 () Int)
(declare-fun z3_24 () Int)
(declare-fun z1_25 () Int)
(declare-fun z2_25 () Int)
(declare-fun z3_25 () Int)
(declare-fun z1_26 () Int)
(declare-fun z2_26 () Int)
(declare-fun z3_26 () Int)
(declare-fun z1_27 () Int)
(declare-fun z2_27 () Int)
(declare-fun z3_27 () Int)
(declare-fun z1_28 () Int)
(declare-fun z2_28 () Int)
(declare-fun z3_28 () Int)
(declare-fun z1_29 () Int)
(declare-fun z2_29 () Int)
(declare-fun z3_29 () Int)
(declare-fun z1_30 () Int)
(declare-fun z2_30 () Int)
(declare-fun z3_30 () Int)
(declare-fun z1_31 () Int)
(declare-fun z2_31 () Int)
(declare-fun z3_31 () Int)
(declare-fun z1_32 () Int)
(declare-fun z2_32 () Int)
(declare-fun z3_32 () Int)
(declare-fun z1_33 () Int)
(declare-fun z2_33 () Int)
(declare-fun z3_33 () Int)
(declare-fun z1_34 () Int)
(declare-fun z2_34 () Int)
(declare-fun z3_34 () Int)
(declare-fun z1_35 () Int)
(declare-fun z2_35 () Int)
(declare-fun z3_35 () Int)
(declare-fun z1_36 () Int)
(declare-fun z2_36 () Int)
(declare-fun z3_36 () Int)
(declare-fun z1_37 () Int)
(declare-fun z2_37 () Int)
(declare-fun z3_37 () Int)
(declare-fun z1_38 () Int)
(declare-fun z2_38 () Int)
(declare-fun z3_38 () Int)
(declare-fun z1_39 () Int)
(declare-fun z2_39 () Int)
(declare-fun z3_39 () Int)
(declare-fun z1_40 () Int)
(declare-fun z2_40 () Int)
(declare-fun z3_40 () Int)
(declare-fun z1_41 () Int)
(declare-fun z2_41 () Int)
(declare-fun z3_41 () Int)
(declare-fun z1_42 () Int)
(declare-fun z2_42 () Int)
(declare-fun z3_42 () Int)
(declare-fun z1_43 () Int)
(declare-fun z2_43 () Int)
(declare-fun z3_43 () Int)
(declare-fun z1_44 () Int)
(declare-fun z2_44 () Int)
(declare-fun z3_44 () Int)
(declare-fun z1_45 () Int)
(declare-fun z2_45 () Int)
(declare-fun z3_45 () Int)
(declare-fun z1_46 () Int)
(declare-fun z2_46 () Int)
(declare-fun z3_46 () Int)
(declare-fun z1_47 () Int)
(declare-fun z2_47 () Int)
(declare-fun z3_47 () Int)
(declare-fun z1_48 () Int)
(declare-fun z2_48 () Int)
(declare-fun z3_48 () Int)
(declare-fun z4_48 () Int)
(declare-fun z1_49 () Int)
(declare-fun z2_49 () Int)
(declare-fun z3_49 () Int)
(declare-fun z4_49 () Int)
(declare-fun z1_50 () Int)
(declare-fun z2_50 () Int)
(declare-fun z3_50 () Int)
(declare-fun z4_50 () Int)
(declare-fun z1_51 () Int)
(declare-fun z2_51 () Int)
(declare-fun z3_51 () Int)
(declare-fun z4_51 () Int)
(declare-fun z1_52 () Int)
(declare-fun z2_52 () Int)
(declare-fun z3_52 () Int)
(declare-fun z4_52 () Int)
(declare-fun z1_53 () Int)
(declare-fun z2_53 () Int)
(declare-fun z3_53 () Int)
(declare-fun z4_53 () Int)
(declare-fun z1_54 () Int)
(declare-fun z2_54 () Int)
(declare-fun z3_54 () Int)
(declare-fun z4_54 () Int)
(declare-fun z1_55 () Int)
(declare-fun z2_55 () Int)
(declare-fun z3_55 () Int)
(declare-fun z4_55 () Int)
(declare-fun z1_56 () Int)
(declare-fun z2_56 () Int)
(declare-fun z3_56 () Int)
(declare-fun z4_56 () Int)
(declare-fun z1_57 () Int)
(declare-fun z2_57 () Int)
(declare-fun z3_57 () Int)
(declare-fun z4_57 () Int)
(declare-fun z1_58 () Int)
(declare-fun z2_58 () Int)
(declare-fun z3_58 () Int)
(declare-fun z4_58 () Int)
(declare-fun z1_59 () Int)
(declare-fun z2_59 () Int)
(declare-fun z3_59 () Int)
(declare-fun z4_59 () Int)
(declare-fun z1_60 () Int)
(declare-fun z2_60 () Int)
(declare-fun z3_60 () Int)
(declare-fun z4_60 () Int)
(declare-fun z1_61 () Int)
(declare-fun z2_61 () Int)
(declare-fun z3_61 () Int)
(declare-fun z4_61 () Int)
(declare-fun z1_62 () Int)
(declare-fun z2_62 () Int)
(declare-fun z3_62 () Int)
(declare-fun z4_62 () Int)
(declare-fun z1_63 () Int)
(declare-fun z2_63 () Int)
(declare-fun z3_63 () Int)
(declare-fun z4_63 () Int)
(declare-fun z1_64 () Int)
(declare-fun z2_64 () Int)
(declare-fun z3_64 () Int)
(declare-fun z4_64 () Int)
(declare-fun z1_65 () Int)
(declare-fun z2_65 () Int)
(declare-fun z3_65 () Int)
(declare-fun z4_65 () Int)
(declare-fun z1_66 () Int)
(declare-fun z2_66 () Int)
(declare-fun z3_66 () Int)
(declare-fun z4_66 () Int)
(declare-fun z1_67 () Int)
(declare-fun z2_67 () Int)
(declare-fun z3_67 () Int)
(declare-fun z4_67 () Int)
(declare-fun z1_68 () Int)
(declare-fun z2_68 () Int)
(declare-fun z3_68 () Int)
(declare-fun z4_68 () Int)
(declare-fun z1_69 () Int)
(declare-fun z2_69 () Int)
(declare-fun z3_69 () Int)
(declare-fun z4_69 () Int)
(declare-fun z1_70 () Int)
(declare-fun z2_70 () Int)
(declare-fun z3_70 () Int)
(declare-fun z4_70 () Int)
(declare-fun z1_71 () Int)
(declare-fun z2_71 () Int)
(declare-fun z3_71 () Int)
(declare-fun z4_71 () Int)
(declare-fun z1_72 () Int)
(declare-fun z2_72 () Int)
(declare-fun z3_72 () Int)
(declare-fun z4_72 () Int)
(declare-fun z1_73 () Int)
(declare-fun z2_73 () Int)
(declare-fun z3_73 () Int)
(declare-fun z4_73 () Int)
(declare-fun z1_74 () Int)
(declare-fun z2_74 () Int)
(declare-fun z3_74 () Int)
(declare-fun z4_74 () Int)
(declare-fun z1_75 () Int)
(declare-fun z2_75 () Int)
(declare-fun z3_75 () Int)
(declare-fun z4_75 () Int)
(declare-fun z1_76 () Int)
(declare-fun z2_76 () Int)
(declare-fun z3_76 () Int)
(declare-fun z4_76 () Int)
(declare-fun z1_77 () Int)
(declare-fun z2_77 () Int)
(declare-fun z3_77 () Int)
(declare-fun z4_77 () Int)
(declare-fun z1_78 () Int)
(declare-fun z2_78 () Int)
(declare-fun z3_78 () Int)
(declare-fun z4_78 () Int)
(declare-fun z1_79 () Int)
(declare-fun z2_79 () Int)
(declare-fun z3_79 () Int)
(declare-fun z4_79 () Int)
(declare-fun z1_80 () Int)
(declare-fun z2_80 () Int)
(declare-fun z3_80 () Int)
(declare-fun z4_80 () Int)
(declare-fun z1_81 () Int)
(declare-fun z2_81 () Int)
(declare-fun z3_81 () Int)
(declare-fun z4_81 () Int)
(declare-fun z1_82 () Int)
(declare-fun z2_82 () Int)
(declare-fun z3_82 () Int)
(declare-fun z4_82 () Int)
(declare-fun z1_83 () Int)
(declare-fun z2_83 () Int)
(declare-fun z3_83 () Int)
(declare-fun z4_83 () Int)
(declare-fun z1_84 () Int)
(declare-fun z2_84 () Int)
(declare-fun z3_84 () Int)
(declare-fun z4_84 () Int)
(declare-fun z1_85 () Int)
(declare-fun z2_85 () Int)
(declare-fun z3_85 () Int)
(declare-fun z4_85 () Int)
(declare-fun z1_86 () Int)
(declare-fun z2_86 () Int)
(declare-fun z3_86 () Int)
(declare-fun z4_86 () Int)
(declare-fun z1_87 () Int)
(declare-fun z2_87 () Int)
(declare-fun z3_87 () Int)
(declare-fun z4_87 () Int)
(declare-fun z1_88 () Int)
(declare-fun z2_88 () Int)
(declare-fun z3_88 () Int)
(declare-fun z4_88 () Int)
(declare-fun z1_89 () Int)
(declare-fun z2_89 () Int)
(declare-fun z3_89 () Int)
(declare-fun z4_89 () Int)
(declare-fun z1_90 () Int)
(declare-fun z2_90 () Int)
(declare-fun z3_90 () Int)
(declare-fun z4_90 () Int)
(declare-fun z1_91 () Int)
(declare-fun z2_91 () Int)
(declare-fun z3_91 () Int)
(declare-fun z4_91 () Int)
(declare-fun z1_92 () Int)
(declare-fun z2_92 () Int)
(declare-fun z3_92 () Int)
(declare-fun z4_92 () Int)
(declare-fun z1_93 () Int)
(declare-fun z2_93 () Int)
(declare-fun z3_93 () Int)
(declare-fun z4_93 () Int)
(declare-fun z1_94 () Int)
(declare-fun z2_94 () Int)
(declare-fun z3_94 () Int)
(declare-fun z4_94 () Int)
(declare-fun z1_95 () Int)
(declare-fun z2_95 () Int)
(declare-fun z3_95 () Int)
(declare-fun z4_95 () Int)
(declare-fun z1_96 () Int)
(declare-fun z2_96 () Int)
(declare-fun z3_96 () Int)
(declare-fun z4_96 () Int)
(declare-fun z1_97 () Int)
(declare-fun z2_97 () Int)
(declare-fun z3_97 () Int)
(declare-fun z4_97 () Int)
(declare-fun z1_98 () Int)
(declare-fun z2_98 () Int)
(declare-fun z3_98 () Int)
(declare-fun z4_98 () Int)
(declare-fun z1_99 () Int)
(declare-fun z2_99 () Int)
(declare-fun z3_99 () Int)
(declare-fun z4_99 () Int)
(declare-fun z1_100 () Int)
(declare-fun z2_100 () Int)
(declare-fun z3_100 () Int)
(declare-fun z4_100 () Int)
(declare-fun z1_101 () Int)
(declare-fun z2_101 () Int)
(declare-fun z3_101 () Int)
(declare-fun z4_101 () Int)
(declare-fun z1_102 () Int)
(declare-fun z2_102 () Int)
(declare-fun z3_102 () Int)
(declare-fun z4_102 () Int)
(declare-fun z1_103 () Int)
(declare-fun z2_103 () Int)
(declare-fun z3_103 () Int)
(declare-fun z4_103 () Int)
(declare-fun z1_104 () Int)
(declare-fun z2_104 () Int)
(declare-fun z3_104 () Int)
(declare-fun z4_104 () Int)
(declare-fun z1_105 () Int)
(declare-fun z2_105 () Int)
(declare-fun z3_105 () Int)
(declare-fun z4_105 () Int)
(declare-fun z1_106 () Int)
(declare-fun z2_106 () Int)
(declare-fun z3_106 () Int)
(declare-fun z4_106 () Int)
(declare-fun z1_107 () Int)
(declare-fun z2_107 () Int)
(declare-fun z3_107 () Int)
(declare-fun z4_107 () Int)
(declare-fun z1_108 () Int)
(declare-fun z2_108 () Int)
(declare-fun z3_108 () Int)
(declare-fun z4_108 () Int)
(declare-fun z1_109 () Int)
(declare-fun z2_109 () Int)
(declare-fun z3_109 () Int)
(declare-fun z4_109 () Int)
(declare-fun z1_110 () Int)
(declare-fun z2_110 () Int)
(declare-fun z3_110 () Int)
(declare-fun z4_110 () Int)
(declare-fun z1_111 () Int)
(declare-fun z2_111 () Int)
(declare-fun z3_111 () Int)
(declare-fun z4_111 () Int)
(declare-fun z1_112 () Int)
(declare-fun z2_112 () Int)
(declare-fun z3_112 () Int)
(declare-fun z4_112 () Int)
(declare-fun z1_113 () Int)
(declare-fun z2_113 () Int)
(declare-fun z3_113 () Int)
(declare-fun z4_113 () Int)
(declare-fun z1_114 () Int)
(declare-fun z2_114 () Int)
(declare-fun z3_114 () Int)
(declare-fun z4_114 () Int)
(declare-fun z1_115 () Int)
(declare-fun z2_115 () Int)
(declare-fun z3_115 () Int)
(declare-fun z4_115 () Int)
(declare-fun z1_116 () Int)
(declare-fun z2_116 () Int)
(declare-fun z3_116 () Int)
(declare-fun z4_116 () Int)
(declare-fun z1_117 () Int)
(declare-fun z2_117 () Int)
(declare-fun z3_117 () Int)
(declare-fun z4_117 () Int)
(declare-fun z1_118 () Int)
(declare-fun z2_118 () Int)
(declare-fun z3_118 () Int)
(declare-fun z4_118 () Int)
(declare-fun z1_119 () Int)
(declare-fun z2_119 () Int)
(declare-fun z3_119 () Int)
(declare-fun z4_119 () Int)
(declare-fun z1_120 () Int)
(declare-fun z2_120 () Int)
(declare-fun z3_120 () Int)
(declare-fun z4_120 () Int)
(declare-fun z1_121 () Int)
(declare-fun z2_121 () Int)
(declare-fun z3_121 () Int)
(declare-fun z4_121 () Int)
(declare-fun z1_122 () Int)
(declare-fun z2_122 () Int)
(declare-fun z3_122 () Int)
(declare-fun z4_122 () Int)
(declare-fun z1_123 () Int)
(declare-fun z2_123 () Int)
(declare-fun z3_123 () Int)
(declare-fun z4_123 () Int)
(declare-fun z1_124 () Int)
(declare-fun z2_124 () Int)
(declare-fun z3_124 () Int)
(declare-fun z4_124 () Int)
(declare-fun z1_125 () Int)
(declare-fun z2_125 () Int)
(declare-fun z3_125 () Int)
(declare-fun z4_125 () Int)
(declare-fun z1_126 () Int)
(declare-fun z2_126 () Int)
(declare-fun z3_126 () Int)
(declare-fun z4_126 () Int)
(declare-fun z1_127 () Int)
(declare-fun z2_127 () Int)
(declare-fun z3_127 () Int)
(declare-fun z4_127 () Int)
(declare-fun z1_128 () Int)
(declare-fun z2_128 () Int)
(declare-fun z3_128 () Int)
(declare-fun z4_128 () Int)
(declare-fun z5_128 () Int)
(declare-fun z1_129 () Int)
(declare-fun z2_129 () Int)
(declare-fun z3_129 () Int)
(declare-fun z4_129 () Int)
(declare-fun z5_129 () Int)
(declare-fun z1_130 () Int)
(declare-fun z2_130 () Int)
(declare-fun z3_130 () Int)
(declare-fun z4_130 () Int)
(declare-fun z5_130 () Int)
(declare-fun z1_131 () Int)
(declare-fun z2_131 () Int)
(declare-fun z3_131 () Int)
(declare-fun z4_131 () Int)
(declare-fun z5_131 () Int)
(declare-fun z1_132 () Int)
(declare-fun z2_132 () Int)
(declare-fun z3_132 () Int)
(declare-fun z4_132 () Int)
(declare-fun z5_132 () Int)
(declare-fun z1_133 () Int)
(declare-fun z2_133 () Int)
(declare-fun z3_133 () Int)
(declare-fun z4_133 () Int)
(declare-fun z5_133 () Int)
(declare-fun z1_134 () Int)
(declare-fun z2_134 () Int)
(declare-fun z3_134 () Int)
(declare-fun z4_134 () Int)
(declare-fun z5_134 () Int)
(declare-fun z1_135 () Int)
(declare-fun z2_135 () Int)
(declare-fun z3_135 () Int)
(declare-fun z4_135 () Int)
(declare-fun z5_135 () Int)
(declare-fun z1_136 () Int)
(declare-fun z2_136 () Int)
(declare-fun z3_136 () Int)
(declare-fun z4_136 () Int)
(declare-fun z5_136 () Int)
(declare-fun z1_137 () Int)
(declare-fun z2_137 () Int)
(declare-fun z3_137 () Int)
(declare-fun z4_137 () Int)
(declare-fun z5_137 () Int)
(declare-fun z1_138 () Int)
(declare-fun z2_138 () Int)
(declare-fun z3_138 () Int)
(declare-fun z4_138 () Int)
(declare-fun z5_138 () Int)
(declare-fun z1_139 () Int)
(declare-fun z2_139 () Int)
(declare-fun z3_139 () Int)
(declare-fun z4_139 () Int)
(declare-fun z5_139 () Int)
(declare-fun z1_140 () Int)
(declare-fun z2_140 () Int)
(declare-fun z3_140 () Int)
(declare-fun z4_140 () Int)
(declare-fun z5_140 () Int)
(declare-fun z1_141 () Int)
(declare-fun z2_141 () Int)
(declare-fun z3_141 () Int)
(declare-fun z4_141 () Int)
(declare-fun z5_141 () Int)
(declare-fun z1_142 () Int)
(declare-fun z2_142 () Int)
(declare-fun z3_142 () Int)
(declare-fun z4_142 () Int)
(declare-fun z5_142 () Int)
(declare-fun z1_143 () Int)
(declare-fun z2_143 () Int)
(declare-fun z3_143 () Int)
(declare-fun z4_143 () Int)
(declare-fun z5_143 () Int)
(declare-fun z1_144 () Int)
(declare-fun z2_144 () Int)
(declare-fun z3_144 () Int)
(declare-fun z4_144 () Int)
(declare-fun z5_144 () Int)
(declare-fun z1_145 () Int)
(declare-fun z2_145 () Int)
(declare-fun z3_145 () Int)
(declare-fun z4_145 () Int)
(declare-fun z5_145 () Int)
(declare-fun z1_146 () Int)
(declare-fun z2_146 () Int)
(declare-fun z3_146 () Int)
(declare-fun z4_146 () Int)
(declare-fun z5_146 () Int)
(declare-fun z1_147 () Int)
(declare-fun z2_147 () Int)
(declare-fun z3_147 () Int)
(declare-fun z4_147 () Int)
(declare-fun z5_147 () Int)
(declare-fun z1_148 () Int)
(declare-fun z2_148 () Int)
(declare-fun z3_148 () Int)
(declare-fun z4_148 () Int)
(declare-fun z5_148 () Int)
(declare-fun z1_149 () Int)
(declare-fun z2_149 () Int)
(declare-fun z3_149 () Int)
(declare-fun z4_149 () Int)
(declare-fun z5_149 () Int)
(declare-fun z1_150 () Int)
(declare-fun z2_150 () Int)
(declare-fun z3_150 () Int)
(declare-fun z4_150 () Int)
(declare-fun z5_150 () Int)
(declare-fun z1_151 () Int)
(declare-fun z2_151 () Int)
(declare-fun z3_151 () Int)
(declare-fun z4_151 () Int)
(declare-fun z5_151 () Int)
(declare-fun z1_152 () Int)
(declare-fun z2_152 () Int)
(declare-fun z3_152 () Int)
(declare-fun z4_152 () Int)
(declare-fun z5_152 () Int)
(declare-fun z1_153 () Int)
(declare-fun z2_153 () Int)
(declare-fun z3_153 () Int)
(declare-fun z4_153 () Int)
(declare-fun z5_153 () Int)
(declare-fun z1_154 () Int)
(declare-fun z2_154 () Int)
(declare-fun z3_154 () Int)
(declare-fun z4_154 () Int)
(declare-fun z5_154 () Int)
(declare-fun z1_155 () Int)
(declare-fun z2_155 () Int)
(declare-fun z3_155 () Int)
(declare-fun z4_155 () Int)
(declare-fun z5_155 () Int)
(declare-fun z1_156 () Int)
(declare-fun z2_156 () Int)
(declare-fun z3_156 () Int)
(declare-fun z4_156 () Int)
(declare-fun z5_156 () Int)
(declare-fun z1_157 () Int)
(declare-fun z2_157 () Int)
(declare-fun z3_157 () Int)
(declare-fun z4_157 () Int)
(declare-fun z5_157 () Int)
(declare-fun z1_158 () Int)
(declare-fun z2_158 () Int)
(declare-fun z3_158 () Int)
(declare-fun z4_158 () Int)
(declare-fun z5_158 () Int)
(declare-fun z1_159 () Int)
(declare-fun z2_159 () Int)
(declare-fun z3_159 () Int)
(declare-fun z4_159 () Int)
(declare-fun z5_159 () Int)
(declare-fun z1_160 () Int)
(declare-fun z2_160 () Int)
(declare-fun z3_160 () Int)
(declare-fun z4_160 () Int)
(declare-fun z5_160 () Int)
(declare-fun z1_161 () Int)
(declare-fun z2_161 () Int)
(declare-fun z3_161 () Int)
(declare-fun z4_161 () Int)
(declare-fun z5_161 () Int)
(declare-fun z1_162 () Int)
(declare-fun z2_162 () Int)
(declare-fun z3_162 () Int)
(declare-fun z4_162 () Int)
(declare-fun z5_162 () Int)
(declare-fun z1_163 () Int)
(declare-fun z2_163 () Int)
(declare-fun z3_163 () Int)
(declare-fun z4_163 () Int)
(declare-fun z5_163 () Int)
(declare-fun z1_164 () Int)
(declare-fun z2_164 () Int)
(declare-fun z3_164 () Int)
(declare-fun z4_164 () Int)
(declare-fun z5_164 () Int)
(declare-fun z1_165 () Int)
(declare-fun z2_165 () Int)
(declare-fun z3_165 () Int)
(declare-fun z4_165 () Int)
(declare-fun z5_165 () Int)
(declare-fun z1_166 () Int)
(declare-fun z2_166 () Int)
(declare-fun z3_166 () Int)
(declare-fun z4_166 () Int)
(declare-fun z5_166 () Int)
(declare-fun z1_167 () Int)
(declare-fun z2_167 () Int)
(declare-fun z3_167 () Int)
(declare-fun z4_167 () Int)
(declare-fun z5_167 () Int)
(declare-fun z1_168 () Int)
(declare-fun z2_168 () Int)
(declare-fun z3_168 () Int)
(declare-fun z4_168 () Int)
(declare-fun z5_168 () Int)
(declare-fun z1_169 () Int)
(declare-fun z2_169 () Int)
(declare-fun z3_169 () Int)
(declare-fun z4_169 () Int)
(declare-fun z5_169 () Int)
(declare-fun z1_170 () Int)
(declare-fun z2_170 () Int)
(declare-fun z3_170 () Int)
(declare-fun z4_170 () Int)
(declare-fun z5_170 () Int)
(declare-fun z1_171 () Int)
(declare-fun z2_171 () Int)
(declare-fun z3_171 () Int)
(declare-fun z4_171 () Int)
(declare-fun z5_171 () Int)
(declare-fun z1_172 () Int)
(declare-fun z2_172 () Int)
(declare-fun z3_172 () Int)
(declare-fun z4_172 () Int)
(declare-fun z5_172 () Int)
(declare-fun z1_173 () Int)
(declare-fun z2_173 () Int)
(declare-fun z3_173 () Int)
(declare-fun z4_173 () Int)
(declare-fun z5_173 () Int)
(declare-fun z1_174 () Int)
(declare-fun z2_174 () Int)
(declare-fun z3_174 () Int)
(declare-fun z4_174 () Int)
(declare-fun z5_174 () Int)
(declare-fun z1_175 () Int)
(declare-fun z2_175 () Int)
(declare-fun z3_175 () Int)
(declare-fun z4_175 () Int)
(declare-fun z5_175 () Int)
(declare-fun z1_176 () Int)
(declare-fun z2_176 () Int)
(declare-fun z3_176 () Int)
(declare-fun z4_176 () Int)
(declare-fun z5_176 () Int)
(declare-fun z1_177 () Int)
(declare-fun z2_177 () Int)
(declare-fun z3_177 () Int)
(declare-fun z4_177 () Int)
(declare-fun z5_177 () Int)
(declare-fun z1_178 () Int)
(declare-fun z2_178 () Int)
(declare-fun z3_178 () Int)
(declare-fun z4_178 () Int)
(declare-fun z5_178 () Int)
(declare-fun z1_179 () Int)
(declare-fun z2_179 () Int)
(declare-fun z3_179 () Int)
(declare-fun z4_179 () Int)
(declare-fun z5_179 () Int)
(declare-fun z1_180 () Int)
(declare-fun z2_180 () Int)
(declare-fun z3_180 () Int)
(declare-fun z4_180 () Int)
(declare-fun z5_180 () Int)
(declare-fun z1_181 () Int)
(declare-fun z2_181 () Int)
(declare-fun z3_181 () Int)
(declare-fun z4_181 () Int)
(declare-fun z5_181 () Int)
(declare-fun z1_182 () Int)
(declare-fun z2_182 () Int)
(declare-fun z3_182 () Int)
(declare-fun z4_182 () Int)
(declare-fun z5_182 () Int)
(declare-fun z1_183 () Int)
(declare-fun z2_183 () Int)
(declare-fun z3_183 () Int)
(declare-fun z4_183 () Int)
(declare-fun z5_183 () Int)
(declare-fun z1_184 () Int)
(declare-fun z2_184 () Int)
(declare-fun z3_184 () Int)
(declare-fun z4_184 () Int)
(declare-fun z5_184 () Int)
(declare-fun z1_185 () Int)
(declare-fun z2_185 () Int)
(declare-fun z3_185 () Int)
(declare-fun z4_185 () Int)
(declare-fun z5_185 () Int)
(declare-fun z1_186 () Int)
(declare-fun z2_186 () Int)
(declare-fun z3_186 () Int)
(declare-fun z4_186 () Int)
(declare-fun z5_186 () Int)
(declare-fun z1_187 () Int)
(declare-fun z2_187 () Int)
(declare-fun z3_187 () Int)
(declare-fun z4_187 () Int)
(declare-fun z5_187 () Int)
(declare-fun z1_188 () Int)
(declare-fun z2_188 () Int)
(declare-fun z3_188 () Int)
(declare-fun z4_188 () Int)
(declare-fun z5_188 () Int)
(declare-fun z1_189 () Int)
(declare-fun z2_189 () Int)
(declare-fun z3_189 () Int)
(declare-fun z4_189 () Int)
(declare-fun z5_189 () Int)
(declare-fun z1_190 () Int)
(declare-fun z2_190 () Int)
(declare-fun z3_190 () Int)
(declare-fun z4_190 () Int)
(declare-fun z5_190 () Int)
(declare-fun z1_191 () Int)
(declare-fun z2_191 () Int)
(declare-fun z3_191 () Int)
(declare-fun z4_191 () Int)
(declare-fun z5_191 () Int)
(declare-fun z1_192 () Int)
(declare-fun z2_192 () Int)
(declare-fun z3_192 () Int)
(declare-fun z4_192 () Int)
(declare-fun z5_192 () Int)
(declare-fun z1_193 () Int)
(declare-fun z2_193 () Int)
(declare-fun z3_193 () Int)
(declare-fun z4_193 () Int)
(declare-fun z5_193 () Int)
(declare-fun z1_194 () Int)
(declare-fun z2_194 () Int)
(declare-fun z3_194 () Int)
(declare-fun z4_194 () Int)
(declare-fun z5_194 () Int)
(declare-fun z1_195 () Int)
(declare-fun z2_195 () Int)
(declare-fun z3_195 () Int)
(declare-fun z4_195 () Int)
(declare-fun z5_195 () Int)
(declare-fun z1_196 () Int)
(declare-fun z2_196 () Int)
(declare-fun z3_196 () Int)
(declare-fun z4_196 () Int)
(declare-fun z5_196 () Int)
(declare-fun z1_197 () Int)
(declare-fun z2_197 () Int)
(declare-fun z3_197 () Int)
(declare-fun z4_197 () Int)
(declare-fun z5_197 () Int)
(declare-fun z1_198 () Int)
(declare-fun z2_198 () Int)
(declare-fun z3_198 () Int)
(declare-fun z4_198 () Int)
(declare-fun z5_198 () Int)
(declare-fun z1_199 () Int)
(declare-fun z2_199 () Int)
(declare-fun z3_199 () Int)
(declare-fun z4_199 () Int)
(declare-fun z5_199 () Int)
(declare-fun z1_200 () Int)
(declare-fun z2_200 () Int)
(declare-fun z3_200 () Int)
(declare-fun z4_200 () Int)
(declare-fun z5_200 () Int)
(declare-fun z1_201 () Int)
(declare-fun z2_201 () Int)
(declare-fun z3_201 () Int)
(declare-fun z4_201 () Int)
(declare-fun z5_201 () Int)
(declare-fun z1_202 () Int)
(declare-fun z2_202 () Int)
(declare-fun z3_202 () Int)
(declare-fun z4_202 () Int)
(declare-fun z5_202 () Int)
(declare-fun z1_203 () Int)
(declare-fun z2_203 () Int)
(declare-fun z3_203 () Int)
(declare-fun z4_203 () Int)
(declare-fun z5_203 () Int)
(declare-fun z1_204 () Int)
(declare-fun z2_204 () Int)
(declare-fun z3_204 () Int)
(declare-fun z4_204 () Int)
(declare-fun z5_204 () Int)
(declare-fun z1_205 () Int)
(declare-fun z2_205 () Int)
(declare-fun z3_205 () Int)
(declare-fun z4_205 () Int)
(declare-fun z5_205 () Int)
(declare-fun z1_206 () Int)
(declare-fun z2_206 () Int)
(declare-fun z3_206 () Int)
(declare-fun z4_206 () Int)
(declare-fun z5_206 () Int)
(declare-fun z1_207 () Int)
(declare-fun z2_207 () Int)
(declare-fun z3_207 () Int)
(declare-fun z4_207 () Int)
(declare-fun z5_207 () Int)
(declare-fun z1_208 () Int)
(declare-fun z2_208 () Int)
(declare-fun z3_208 () Int)
(declare-fun z4_208 () Int)
(declare-fun z5_208 () Int)
(declare-fun z1_209 () Int)
(declare-fun z2_209 () Int)
(declare-fun z3_209 () Int)
(declare-fun z4_209 () Int)
(declare-fun z5_209 () Int)
(declare-fun z1_210 () Int)
(declare-fun z2_210 () Int)
(declare-fun z3_210 () Int)
(declare-fun z4_210 () Int)
(declare-fun z5_210 () Int)
(declare-fun z1_211 () Int)
(declare-fun z2_211 () Int)
(declare-fun z3_211 () Int)
(declare-fun z4_211 () Int)
(declare-fun z5_211 () Int)
(declare-fun z1_212 () Int)
(declare-fun z2_212 () Int)
(declare-fun z3_212 () Int)
(declare-fun z4_212 () Int)
(declare-fun z5_212 () Int)
(declare-fun z1_213 () Int)
(declare-fun z2_213 () Int)
(declare-fun z3_213 () Int)
(declare-fun z4_213 () Int)
(declare-fun z5_213 () Int)
(declare-fun z1_214 () Int)
(declare-fun z2_214 () Int)
(declare-fun z3_214 () Int)
(declare-fun z4_214 () Int)
(declare-fun z5_214 () Int)
(declare-fun z1_215 () Int)
(declare-fun z2_215 () Int)
(declare-fun z3_215 () Int)
(declare-fun z4_215 () Int)
(declare-fun z5_215 () Int)
(declare-fun z1_216 () Int)
(declare-fun z2_216 () Int)
(declare-fun z3_216 () Int)
(declare-fun z4_216 () Int)
(declare-fun z5_216 () Int)
(declare-fun z1_217 () Int)
(declare-fun z2_217 () Int)
(declare-fun z3_217 () Int)
(declare-fun z4_217 () Int)
(declare-fun z5_217 () Int)
(declare-fun z1_218 () Int)
(declare-fun z2_218 () Int)
(declare-fun z3_218 () Int)
(declare-fun z4_218 () Int)
(declare-fun z5_218 () Int)
(declare-fun z1_219 () Int)
(declare-fun z2_219 () Int)
(declare-fun z3_219 () Int)
(declare-fun z4_219 () Int)
(declare-fun z5_219 () Int)
(declare-fun z1_220 () Int)
(declare-fun z2_220 () Int)
(declare-fun z3_220 () Int)
(declare-fun z4_220 () Int)
(declare-fun z5_220 () Int)
(declare-fun z1_221 () Int)
(declare-fun z2_221 () Int)
(declare-fun z3_221 () Int)
(declare-fun z4_221 () Int)
(declare-fun z5_221 () Int)
(declare-fun z1_222 () Int)
(declare-fun z2_222 () Int)
(declare-fun z3_222 () Int)
(declare-fun z4_222 () Int)
(declare-fun z5_222 () Int)
(declare-fun z1_223 () Int)
(declare-fun z2_223 () Int)
(declare-fun z3_223 () Int)
(declare-fun z4_223 () Int)
(declare-fun z5_223 () Int)
(declare-fun z1_224 () Int)
(declare-fun z2_224 () Int)
(declare-fun z3_224 () Int)
(declare-fun z4_224 () Int)
(declare-fun z5_224 () Int)
(declare-fun z1_225 () Int)
(declare-fun z2_225 () Int)
(declare-fun z3_225 () Int)
(declare-fun z4_225 () Int)
(declare-fun z5_225 () Int)
(declare-fun z1_226 () Int)
(declare-fun z2_226 () Int)
(declare-fun z3_226 () Int)
(declare-fun z4_226 () Int)
(declare-fun z5_226 () Int)
(declare-fun z1_227 () Int)
(declare-fun z2_227 () Int)
(declare-fun z3_227 () Int)
(declare-fun z4_227 () Int)
(declare-fun z5_227 () Int)
(declare-fun z1_228 () Int)
(declare-fun z2_228 () Int)
(declare-fun z3_228 () Int)
(declare-fun z4_228 () Int)
(declare-fun z5_228 () Int)
(declare-fun z1_229 () Int)
(declare-fun z2_229 () Int)
(declare-fun z3_229 () Int)
(declare-fun z4_229 () Int)
(declare-fun z5_229 () Int)
(declare-fun z1_230 () Int)
(declare-fun z2_230 () Int)
(declare-fun z3_230 () Int)
(declare-fun z4_230 () Int)
(declare-fun z5_230 () Int)
(declare-fun z1_231 () Int)
(declare-fun z2_231 () Int)
(declare-fun z3_231 () Int)
(declare-fun z4_231 () Int)
(declare-fun z5_231 () Int)
(declare-fun z1_232 () Int)
(declare-fun z2_232 () Int)
(declare-fun z3_232 () Int)
(declare-fun z4_232 () Int)
(declare-fun z5_232 () Int)
(declare-fun z1_233 () Int)
(declare-fun z2_233 () Int)
(declare-fun z3_233 () Int)
(declare-fun z4_233 () Int)
(declare-fun z5_233 () Int)
(declare-fun z1_234 () Int)
(declare-fun z2_234 () Int)
(declare-fun z3_234 () Int)
(declare-fun z4_234 () Int)
(declare-fun z5_234 () Int)
(declare-fun z1_235 () Int)
(declare-fun z2_235 () Int)
(declare-fun z3_235 () Int)
(declare-fun z4_235 () Int)
(declare-fun z5_235 () Int)
(declare-fun z1_236 () Int)
(declare-fun z2_236 () Int)
(declare-fun z3_236 () Int)
(declare-fun z4_236 () Int)
(declare-fun z5_236 () Int)
(declare-fun z1_237 () Int)
(declare-fun z2_237 () Int)
(declare-fun z3_237 () Int)
(declare-fun z4_237 () Int)
(declare-fun z5_237 () Int)
(declare-fun z1_238 () Int)
(declare-fun z2_238 () Int)
(declare-fun z3_238 () Int)
(declare-fun z4_238 () Int)
(declare-fun z5_238 () Int)
(declare-fun z1_239 () Int)
(declare-fun z2_239 () Int)
(declare-fun z3_239 () Int)
(declare-fun z4_239 () Int)
(declare-fun z5_239 () Int)
(declare-fun z1_240 () Int)
(declare-fun z2_240 () Int)
(declare-fun z3_240 () Int)
(declare-fun z4_240 () Int)
(declare-fun z5_240 () Int)
(declare-fun z1_241 () Int)
(declare-fun z2_241 () Int)
(declare-fun z3_241 () Int)
(declare-fun z4_241 () Int)
(declare-fun z5_241 () Int)
(declare-fun z1_242 () Int)
(declare-fun z2_242 () Int)
(declare-fun z3_242 () Int)
(declare-fun z4_242 () Int)
(declare-fun z5_242 () Int)
(declare-fun z1_243 () Int)
(declare-fun z2_243 () Int)
(declare-fun z3_243 () Int)
(declare-fun z4_243 () Int)
(declare-fun z5_243 () Int)
(declare-fun z1_244 () Int)
(declare-fun z2_244 () Int)
(declare-fun z3_244 () Int)
(declare-fun z4_244 () Int)
(declare-fun z5_244 () Int)
(declare-fun z1_245 () Int)
(declare-fun z2_245 () Int)
(declare-fun z3_245 () Int)
(declare-fun z4_245 () Int)
(declare-fun z5_245 () Int)
(declare-fun z1_246 () Int)
(declare-fun z2_246 () Int)
(declare-fun z3_246 () Int)
(declare-fun z4_246 () Int)
(declare-fun z5_246 () Int)
(declare-fun z1_247 () Int)
(declare-fun z2_247 () Int)
(declare-fun z3_247 () Int)
(declare-fun z4_247 () Int)
(declare-fun z5_247 () Int)
(declare-fun z1_248 () Int)
(declare-fun z2_248 () Int)
(declare-fun z3_248 () Int)
(declare-fun z4_248 () Int)
(declare-fun z5_248 () Int)
(declare-fun z1_249 () Int)
(declare-fun z2_249 () Int)
(declare-fun z3_249 () Int)
(declare-fun z4_249 () Int)
(declare-fun z5_249 () Int)
(declare-fun z1_250 () Int)
(declare-fun z2_250 () Int)
(declare-fun z3_250 () Int)
(declare-fun z4_250 () Int)
(declare-fun z5_250 () Int)
(declare-fun z1_251 () Int)
(declare-fun z2_251 () Int)
(declare-fun z3_251 () Int)
(declare-fun z4_251 () Int)
(declare-fun z5_251 () Int)
(declare-fun z1_252 () Int)
(declare-fun z2_252 () Int)
(declare-fun z3_252 () Int)
(declare-fun z4_252 () Int)
(declare-fun z5_252 () Int)
(declare-fun z1_253 () Int)
(declare-fun z2_253 () Int)
(declare-fun z3_253 () Int)
(declare-fun z4_253 () Int)
(declare-fun z5_253 () Int)
(declare-fun z1_254 () Int)
(declare-fun z2_254 () Int)
(declare-fun z3_254 () Int)
(declare-fun z4_254 () Int)
(declare-fun z5_254 () Int)
(declare-fun z1_255 () Int)
(declare-fun z2_255 () Int)
(declare-fun z3_255 () Int)
(declare-fun z4_255 () Int)
(declare-fun z5_255 () Int)
(declare-fun z1_256 () Int)
(declare-fun z2_256 () Int)
(declare-fun z3_256 () Int)
(declare-fun z4_256 () Int)
(declare-fun z5_256 () Int)
(declare-fun z1_257 () Int)
(declare-fun z2_257 () Int)
(declare-fun z3_257 () Int)
(declare-fun z4_257 () Int)
(declare-fun z5_257 () Int)
(declare-fun z1_258 () Int)
(declare-fun z2_258 () Int)
(declare-fun z3_258 () Int)
(declare-fun z4_258 () Int)
(declare-fun z5_258 () Int)
(declare-fun z1_259 () Int)
(declare-fun z2_259 () Int)
(declare-fun z3_259 () Int)
(declare-fun z4_259 () Int)
(declare-fun z5_259 () Int)
(declare-fun z1_260 () Int)
(declare-fun z2_260 () Int)
(declare-fun z3_260 () Int)
(declare-fun z4_260 () Int)
(declare-fun z5_260 () Int)
(declare-fun z1_261 () Int)
(declare-fun z2_261 () Int)
(declare-fun z3_261 () Int)
(declare-fun z4_261 () Int)
(declare-fun z5_261 () Int)
(declare-fun z1_262 () Int)
(declare-fun z2_262 () Int)
(declare-fun z3_262 () Int)
(declare-fun z4_262 () Int)
(declare-fun z5_262 () Int)
(declare-fun z1_263 () Int)
(declare-fun z2_263 () Int)
(declare-fun z3_263 () Int)
(declare-fun z4_263 () Int)
(declare-fun z5_263 () Int)
(declare-fun z1_264 () Int)
(declare-fun z2_264 () Int)
(declare-fun z3_264 () Int)
(declare-fun z4_264 () Int)
(declare-fun z5_264 () Int)
(declare-fun z1_265 () Int)
(declare-fun z2_265 () Int)
(declare-fun z3_265 () Int)
(declare-fun z4_265 () Int)
(declare-fun z5_265 () Int)
(declare-fun z1_266 () Int)
(declare-fun z2_266 () Int)
(declare-fun z3_266 () Int)
(declare-fun z4_266 () Int)
(declare-fun z5_266 () Int)
(declare-fun z1_267 () Int)
(declare-fun z2_267 () Int)
(declare-fun z3_267 () Int)
(declare-fun z4_267 () Int)
(declare-fun z5_267 () Int)
(declare-fun z1_268 () Int)
(declare-fun z2_268 () Int)
(declare-fun z3_268 () Int)
(declare-fun z4_268 () Int)
(declare-fun z5_268 () Int)
(declare-fun z1_269 () Int)
(declare-fun z2_269 () Int)
(declare-fun z3_269 () Int)
(declare-fun z4_269 () Int)
(declare-fun z5_269 () Int)
(declare-fun z1_270 () Int)
(declare-fun z2_270 () Int)
(declare-fun z3_270 () Int)
(declare-fun z4_270 () Int)
(declare-fun z5_270 () Int)
(declare-fun z1_271 () Int)
(declare-fun z2_271 () Int)
(declare-fun z3_271 () Int)
(declare-fun z4_271 () Int)
(declare-fun z5_271 () Int)
(declare-fun z1_272 () Int)
(declare-fun z2_272 () Int)
(declare-fun z3_272 () Int)
(declare-fun z4_272 () Int)
(declare-fun z5_272 () Int)
(declare-fun z1_273 () Int)
(declare-fun z2_273 () Int)
(declare-fun z3_273 () Int)
(declare-fun z4_273 () Int)
(declare-fun z5_273 () Int)
(declare-fun z1_274 () Int)
(declare-fun z2_274 () Int)
(declare-fun z3_274 () Int)
(declare-fun z4_274 () Int)
(declare-fun z5_274 () Int)
(declare-fun z1_275 () Int)
(declare-fun z2_275 () Int)
(declare-fun z3_275 () Int)
(declare-fun z4_275 () Int)
(declare-fun z5_275 () Int)
(declare-fun z1_276 () Int)
(declare-fun z2_276 () Int)
(declare-fun z3_276 () Int)
(declare-fun z4_276 () Int)
(declare-fun z5_276 () Int)
(declare-fun z1_277 () Int)
(declare-fun z2_277 () Int)
(declare-fun z3_277 () Int)
(declare-fun z4_277 () Int)
(declare-fun z5_277 () Int)
(declare-fun z1_278 () Int)
(declare-fun z2_278 () Int)
(declare-fun z3_278 () Int)
(declare-fun z4_278 () Int)
(declare-fun z5_278 () Int)
(declare-fun z1_279 () Int)
(declare-fun z2_279 () Int)
(declare-fun z3_279 () Int)
(declare-fun z4_279 () Int)
(declare-fun z5_279 () Int)
(declare-fun z1_280 () Int)
(declare-fun z2_280 () Int)
(declare-fun z3_280 () Int)
(declare-fun z4_280 () Int)
(declare-fun z5_280 () Int)
(declare-fun z1_281 () Int)
(declare-fun z2_281 () Int)
(declare-fun z3_281 () Int)
(declare-fun z4_281 () Int)
(declare-fun z5_281 () Int)
(declare-fun z1_282 () Int)
(declare-fun z2_282 () Int)
(declare-fun z3_282 () Int)
(declare-fun z4_282 () Int)
(declare-fun z5_282 () Int)
(declare-fun z1_283 () Int)
(declare-fun z2_283 () Int)
(declare-fun z3_283 () Int)
(declare-fun z4_283 () Int)
(declare-fun z5_283 () Int)
(declare-fun z1_284 () Int)
(declare-fun z2_284 () Int)
(declare-fun z3_284 () Int)
(declare-fun z4_284 () Int)
(declare-fun z5_284 () Int)
(declare-fun z1_285 () Int)
(declare-fun z2_285 () Int)
(declare-fun z3_285 () Int)
(declare-fun z4_285 () Int)
(declare-fun z5_285 () Int)
(declare-fun z1_286 () Int)
(declare-fun z2_286 () Int)
(declare-fun z3_286 () Int)
(declare-fun z4_286 () Int)
(declare-fun z5_286 () Int)
(declare-fun z1_287 () Int)
(declare-fun z2_287 () Int)
(declare-fun z3_287 () Int)
(declare-fun z4_287 () Int)
(declare-fun z5_287 () Int)
(declare-fun z1_288 () Int)
(declare-fun z2_288 () Int)
(declare-fun z3_288 () Int)
(declare-fun z4_288 () Int)
(declare-fun z5_288 () Int)
(declare-fun z1_289 () Int)
(declare-fun z2_289 () Int)
(declare-fun z3_289 () Int)
(declare-fun z4_289 () Int)
(declare-fun z5_289 () Int)
(declare-fun z1_290 () Int)
(declare-fun z2_290 () Int)
(declare-fun z3_290 () Int)
(declare-fun z4_290 () Int)
(declare-fun z5_290 () Int)
(declare-fun z1_291 () Int)
(declare-fun z2_291 () Int)
(declare-fun z3_291 () Int)
(declare-fun z4_291 () Int)
(declare-fun z5_291 () Int)
(declare-fun z1_292 () Int)
(declare-fun z2_292 () Int)
(declare-fun z3_292 () Int)
(declare-fun z4_292 () Int)
(declare-fun z5_292 () Int)
(declare-fun z1_293 () Int)
(declare-fun z2_293 () Int)
(declare-fun z3_293 () Int)
(declare-fun z4_293 () Int)
(declare-fun z5_293 () Int)
(declare-fun z1_294 () Int)
(declare-fun z2_294 () Int)
(declare-fun z3_294 () Int)
(declare-fun z4_294 () Int)
(declare-fun z5_294 () Int)
(declare-fun z1_295 () Int)
(declare-fun z2_295 () Int)
(declare-fun z3_295 () Int)
(declare-fun z4_295 () Int)
(declare-fun z5_295 () Int)
(declare-fun z1_296 () Int)
(declare-fun z2_296 () Int)
(declare-fun z3_296 () Int)
(declare-fun z4_296 () Int)
(declare-fun z5_296 () Int)
(declare-fun z1_297 () Int)
(declare-fun z2_297 () Int)
(declare-fun z3_297 () Int)
(declare-fun z4_297 () Int)
(declare-fun z5_297 () Int)
(declare-fun z1_298 () Int)
(declare-fun z2_298 () Int)
(declare-fun z3_298 () Int)
(declare-fun z4_298 () Int)
(declare-fun z5_298 () Int)
(declare-fun z1_299 () Int)
(declare-fun z2_299 () Int)
(declare-fun z3_299 () Int)
(declare-fun z4_299 () Int)
(declare-fun z5_299 () Int)
(declare-fun z1_300 () Int)
(declare-fun z2_300 () Int)
(declare-fun z3_300 () Int)
(declare-fun z4_300 () Int)
(declare-fun z5_300 () Int)
(declare-fun z1_301 () Int)
(declare-fun z2_301 () Int)
(declare-fun z3_301 () Int)
(declare-fun z4_301 () Int)
(declare-fun z5_301 () Int)
(declare-fun z1_302 () Int)
(declare-fun z2_302 () Int)
(declare-fun z3_302 () Int)
(declare-fun z4_302 () Int)
(declare-fun z5_302 () Int)
(declare-fun z1_303 () Int)
(declare-fun z2_303 () Int)
(declare-fun z3_303 () Int)
(declare-fun z4_303 () Int)
(declare-fun z5_303 () Int)
(declare-fun z1_304 () Int)
(declare-fun z2_304 () Int)
(declare-fun z3_304 () Int)
(declare-fun z4_304 () Int)
(declare-fun z5_304 () Int)
(declare-fun z1_305 () Int)
(declare-fun z2_305 () Int)
(declare-fun z3_305 () Int)
(declare-fun z4_305 () Int)
(declare-fun z5_305 () Int)
(declare-fun z1_306 () Int)
(declare-fun z2_306 () Int)
(declare-fun z3_306 () Int)
(declare-fun z4_306 () Int)
(declare-fun z5_306 () Int)
(declare-fun z1_307 () Int)
(declare-fun z2_307 () Int)
(declare-fun z3_307 () Int)
(declare-fun z4_307 () Int)
(declare-fun z5_307 () Int)
(declare-fun z1_308 () Int)
(declare-fun z2_308 () Int)
(declare-fun z3_308 () Int)
(declare-fun z4_308 () Int)
(declare-fun z5_308 () Int)
(declare-fun z1_309 () Int)
(declare-fun z2_309 () Int)
(declare-fun z3_309 () Int)
(declare-fun z4_309 () Int)
(declare-fun z5_309 () Int)
(declare-fun z1_310 () Int)
(declare-fun z2_310 () Int)
(declare-fun z3_310 () Int)
(declare-fun z4_310 () Int)
(declare-fun z5_310 () Int)
(declare-fun z1_311 () Int)
(declare-fun z2_311 () Int)
(declare-fun z3_311 () Int)
(declare-fun z4_311 () Int)
(declare-fun z5_311 () Int)
(declare-fun z1_312 () Int)
(declare-fun z2_312 () Int)
(declare-fun z3_312 () Int)
(declare-fun z4_312 () Int)
(declare-fun z5_312 () Int)
(declare-fun z1_313 () Int)
(declare-fun z2_313 () Int)
(declare-fun z3_313 () Int)
(declare-fun z4_313 () Int)
(declare-fun z5_313 () Int)
(declare-fun z1_314 () Int)
(declare-fun z2_314 () Int)
(declare-fun z3_314 () Int)
(declare-fun z4_314 () Int)
(declare-fun z5_314 () Int)
(declare-fun z1_315 () Int)
(declare-fun z2_315 () Int)
(declare-fun z3_315 () Int)
(declare-fun z4_315 () Int)
(declare-fun z5_315 () Int)
(declare-fun z1_316 () Int)
(declare-fun z2_316 () Int)
(declare-fun z3_316 () Int)
(declare-fun z4_316 () Int)
(declare-fun z5_316 () Int)
(declare-fun z1_317 () Int)
(declare-fun z2_317 () Int)
(declare-fun z3_317 () Int)
(declare-fun z4_317 () Int)
(declare-fun z5_317 () Int)
(declare-fun z1_318 () Int)
(declare-fun z2_318 () Int)
(declare-fun z3_318 () Int)
(declare-fun z4_318 () Int)
(declare-fun z5_318 () Int)
(declare-fun z1_319 () Int)
(declare-fun z2_319 () Int)
(declare-fun z3_319 () Int)
(declare-fun z4_319 () Int)
(declare-fun z5_319 () Int)
(assert
 (>= z1_0 0))
(assert
 (<= z1_0 1))
(assert
 (<= z1_0 1))
(assert
 (>= z1_1 0))
(assert
 (<= z1_1 1))
(assert
 (<= z1_1 1))
(assert
 (>= z1_2 0))
(assert
 (<= z1_2 1))
(assert
 (<= z1_2 1))
(assert
 (>= z1_3 0))
(assert
 (<= z1_3 1))
(assert
 (<= z1_3 1))
(assert
 (>= z1_4 0))
(assert
 (<= z1_4 1))
(assert
 (>= z2_4 0))
(assert
 (<= z2_4 1))
(assert
 (<= (+ z1_4 z2_4) 1))
(assert
 (>= z1_5 0))
(assert
 (<= z1_5 1))
(assert
 (>= z2_5 0))
(assert
 (<= z2_5 1))
(assert
 (<= (+ z1_5 z2_5) 1))
(assert
 (>= z1_6 0))
(assert
 (<= z1_6 1))
(assert
 (>= z2_6 0))
(assert
 (<= z2_6 1))
(assert
 (<= (+ z1_6 z2_6) 1))
(assert
 (>= z1_7 0))
(assert
 (<= z1_7 1))
(assert
 (>= z2_7 0))
(assert
 (<= z2_7 1))
(assert
 (let ((?x94 (+ z1_7 z2_7)))
 (<= ?x94 1)))
(assert
 (>= z1_8 0))
(assert
 (<= z1_8 1))
(assert
 (>= z2_8 0))
(assert
 (<= z2_8 1))
(assert
 (<= (+ z1_8 z2_8) 1))
(assert
 (>= z1_9 0))
(assert
 (<= z1_9 1))
(assert
 (>= z2_9 0))
(assert
 (<= z2_9 1))
(assert
 (<= (+ z1_9 z2_9) 1))
(assert
 (>= z1_10 0))
(assert
 (<= z1_10 1))
(assert
 (>= z2_10 0))
(assert
 (<= z2_10 1))
(assert
 (<= (+ z1_10 z2_10) 1))
(assert
 (>= z1_11 0))
(assert
 (<= z1_11 1))
(assert
 (>= z2_11 0))
(assert
 (<= z2_11 1))
(assert
 (<= (+ z1_11 z2_11) 1))
(assert
 (>= z1_12 0))
(assert
 (<= z1_12 1))
(assert
 (>= z2_12 0))
(assert
 (<= z2_12 1))
(assert
 (<= (+ z1_12 z2_12) 1))
(assert
 (>= z1_13 0))
(assert
 (<= z1_13 1))
(assert
 (>= z2_13 0))
(assert
 (<= z2_13 1))
(assert
 (<= (+ z1_13 z2_13) 1))
(assert
 (>= z1_14 0))
(assert
 (<= z1_14 1))
(assert
 (>= z2_14 0))
(assert
 (<= z2_14 1))
(assert
 (<= (+ z1_14 z2_14) 1))
(assert
 (>= z1_15 0))
(assert
 (<= z1_15 1))
(assert
 (>= z2_15 0))
(assert
 (<= z2_15 1))
(assert
 (<= (+ z1_15 z2_15) 1))
(assert
 (>= z1_16 0))
(assert
 (<= z1_16 1))
(assert
 (>= z2_16 0))
(assert
 (<= z2_16 1))
(assert
 (>= z3_16 0))
(assert
 (<= z3_16 1))
(assert
 (<= (+ z1_16 z2_16 z3_16) 1))
(assert
 (>= z1_17 0))
(assert
 (<= z1_17 1))
(assert
 (>= z2_17 0))
(assert
 (<= z2_17 1))
(assert
 (>= z3_17 0))
(assert
 (<= z3_17 1))
(assert
 (<= (+ z1_17 z2_17 z3_17) 1))
(assert
 (>= z1_18 0))
(assert
 (<= z1_18 1))
(assert
 (>= z2_18 0))
(assert
 (<= z2_18 1))
(assert
 (>= z3_18 0))
(assert
 (<= z3_18 1))
(assert
 (<= (+ z1_18 z2_18 z3_18) 1))
(assert
 (>= z1_19 0))
(assert
 (<= z1_19 1))
(assert
 (>= z2_19 0))
(assert
 (<= z2_19 1))
(assert
 (>= z3_19 0))
(assert
 (<= z3_19 1))
(assert
 (<= (+ z1_19 z2_19 z3_19) 1))
(assert
 (>= z1_20 0))
(assert
 (<= z1_20 1))
(assert
 (>= z2_20 0))
(assert
 (<= z2_20 1))
(assert
 (>= z3_20 0))
(assert
 (<= z3_20 1))
(assert
 (<= (+ z1_20 z2_20 z3_20) 1))
(assert
 (>= z1_21 0))
(assert
 (<= z1_21 1))
(assert
 (>= z2_21 0))
(assert
 (<= z2_21 1))
(assert
 (>= z3_21 0))
(assert
 (<= z3_21 1))
(assert
 (<= (+ z1_21 z2_21 z3_21) 1))
(assert
 (>= z1_22 0))
(assert
 (<= z1_22 1))
(assert
 (>= z2_22 0))
(assert
 (<= z2_22 1))
(assert
 (>= z3_22 0))
(assert
 (<= z3_22 1))
(assert
 (<= (+ z1_22 z2_22 z3_22) 1))
(assert
 (>= z1_23 0))
(assert
 (<= z1_23 1))
(assert
 (>= z2_23 0))
(assert
 (<= z2_23 1))
(assert
 (>= z3_23 0))
(assert
 (<= z3_23 1))
(assert
 (let ((?x359 (+ z1_23 z2_23 z3_23)))
 (<= ?x359 1)))
(assert
 (>= z1_24 0))
(assert
 (<= z1_24 1))
(assert
 (>= z2_24 0))
(assert
 (<= z2_24 1))
(assert
 (>= z3_24 0))
(assert
 (<= z3_24 1))
(assert
 (<= (+ z1_24 z2_24 z3_24) 1))
(assert
 (>= z1_25 0))
(assert
 (<= z1_25 1))
(assert
 (>= z2_25 0))
(assert
 (<= z2_25 1))
(assert
 (>= z3_25 0))
(assert
 (<= z3_25 1))
(assert
 (<= (+ z1_25 z2_25 z3_25) 1))
(assert
 (>= z1_26 0))
(assert
 (<= z1_26 1))
(assert
 (>= z2_26 0))
(assert
 (<= z2_26 1))
(assert
 (>= z3_26 0))
(assert
 (<= z3_26 1))
(assert
 (<= (+ z1_26 z2_26 z3_26) 1))
(assert
 (>= z1_27 0))
(assert
 (<= z1_27 1))
(assert
 (>= z2_27 0))
(assert
 (<= z2_27 1))
(assert
 (>= z3_27 0))
(assert
 (<= z3_27 1))
(assert
 (<= (+ z1_27 z2_27 z3_27) 1))
(assert
 (>= z1_28 0))
(assert
 (<= z1_28 1))
(assert
 (>= z2_28 0))
(assert
 (<= z2_28 1))
(assert
 (>= z3_28 0))
(assert
 (<= z3_28 1))
(assert
 (<= (+ z1_28 z2_28 z3_28) 1))
(assert
 (>= z1_29 0))
(assert
 (<= z1_29 1))
(assert
 (>= z2_29 0))
(assert
 (<= z2_29 1))
(assert
 (>= z3_29 0))
(assert
 (<= z3_29 1))
(assert
 (<= (+ z1_29 z2_29 z3_29) 1))
(assert
 (>= z1_30 0))
(assert
 (<= z1_30 1))
(assert
 (>= z2_30 0))
(assert
 (<= z2_30 1))
(assert
 (>= z3_30 0))
(assert
 (<= z3_30 1))
(assert
 (<= (+ z1_30 z2_30 z3_30) 1))
(assert
 (>= z1_31 0))
(assert
 (<= z1_31 1))
(assert
 (>= z2_31 0))
(assert
 (<= z2_31 1))
(assert
 (>= z3_31 0))
(assert
 (<= z3_31 1))
(assert
 (<= (+ z1_31 z2_31 z3_31) 1))
(assert
 (>= z1_32 0))
(assert
 (<= z1_32 1))
(assert
 (>= z2_32 0))
(assert
 (<= z2_32 1))
(assert
 (>= z3_32 0))
(assert
 (<= z3_32 1))
(assert
 (<= (+ z1_32 z2_32 z3_32) 1))
(assert
 (>= z1_33 0))
(assert
 (<= z1_33 1))
(assert
 (>= z2_33 0))
(assert
 (<= z2_33 1))
(assert
 (>= z3_33 0))
(assert
 (<= z3_33 1))
(assert
 (<= (+ z1_33 z2_33 z3_33) 1))
(assert
 (>= z1_34 0))
(assert
 (<= z1_34 1))
(assert
 (>= z2_34 0))
(assert
 (<= z2_34 1))
(assert
 (>= z3_34 0))
(assert
 (<= z3_34 1))
(assert
 (<= (+ z1_34 z2_34 z3_34) 1))
(assert
 (>= z1_35 0))
(assert
 (<= z1_35 1))
(assert
 (>= z2_35 0))
(assert
 (<= z2_35 1))
(assert
 (>= z3_35 0))
(assert
 (<= z3_35 1))
(assert
 (<= (+ z1_35 z2_35 z3_35) 1))
(assert
 (>= z1_36 0))
(assert
 (<= z1_36 1))
(assert
 (>= z2_36 0))
(assert
 (<= z2_36 1))
(assert
 (>= z3_36 0))
(assert
 (<= z3_36 1))
(assert
 (<= (+ z1_36 z2_36 z3_36) 1))
(assert
 (>= z1_37 0))
(assert
 (<= z1_37 1))
(assert
 (>= z2_37 0))
(assert
 (<= z2_37 1))
(assert
 (>= z3_37 0))
(assert
 (<= z3_37 1))
(assert
 (<= (+ z1_37 z2_37 z3_37) 1))
(assert
 (>= z1_38 0))
(assert
 (<= z1_38 1))
(assert
 (>= z2_38 0))
(assert
 (<= z2_38 1))
(assert
 (>= z3_38 0))
(assert
 (<= z3_38 1))
(assert
 (<= (+ z1_38 z2_38 z3_38) 1))
(assert
 (>= z1_39 0))
(assert
 (<= z1_39 1))
(assert
 (>= z2_39 0))
(assert
 (<= z2_39 1))
(assert
 (>= z3_39 0))
(assert
 (<= z3_39 1))
(assert
 (<= (+ z1_39 z2_39 z3_39) 1))
(assert
 (>= z1_40 0))
(assert
 (<= z1_40 1))
(assert
 (>= z2_40 0))
(assert
 (<= z2_40 1))
(assert
 (>= z3_40 0))
(assert
 (<= z3_40 1))
(assert
 (<= (+ z1_40 z2_40 z3_40) 1))
(assert
 (>= z1_41 0))
(assert
 (<= z1_41 1))
(assert
 (>= z2_41 0))
(assert
 (<= z2_41 1))
(assert
 (>= z3_41 0))
(assert
 (<= z3_41 1))
(assert
 (<= (+ z1_41 z2_41 z3_41) 1))
(assert
 (>= z1_42 0))
(assert
 (<= z1_42 1))
(assert
 (>= z2_42 0))
(assert
 (<= z2_42 1))
(assert
 (>= z3_42 0))
(assert
 (<= z3_42 1))
(assert
 (<= (+ z1_42 z2_42 z3_42) 1))
(assert
 (>= z1_43 0))
(assert
 (<= z1_43 1))
(assert
 (>= z2_43 0))
(assert
 (<= z2_43 1))
(assert
 (>= z3_43 0))
(assert
 (<= z3_43 1))
(assert
 (<= (+ z1_43 z2_43 z3_43) 1))
(assert
 (>= z1_44 0))
(assert
 (<= z1_44 1))
(assert
 (>= z2_44 0))
(assert
 (<= z2_44 1))
(assert
 (>= z3_44 0))
(assert
 (<= z3_44 1))
(assert
 (<= (+ z1_44 z2_44 z3_44) 1))
(assert
 (>= z1_45 0))
(assert
 (<= z1_45 1))
(assert
 (>= z2_45 0))
(assert
 (<= z2_45 1))
(assert
 (>= z3_45 0))
(assert
 (<= z3_45 1))
(assert
 (<= (+ z1_45 z2_45 z3_45) 1))
(assert
 (>= z1_46 0))
(assert
 (<= z1_46 1))
(assert
 (>= z2_46 0))
(assert
 (<= z2_46 1))
(assert
 (>= z3_46 0))
(assert
 (<= z3_46 1))
(assert
 (<= (+ z1_46 z2_46 z3_46) 1))
(assert
 (>= z1_47 0))
(assert
 (<= z1_47 1))
(assert
 (>= z2_47 0))
(assert
 (<= z2_47 1))
(assert
 (>= z3_47 0))
(assert
 (<= z3_47 1))
(assert
 (<= (+ z1_47 z2_47 z3_47) 1))
(assert
 (>= z1_48 0))
(assert
 (<= z1_48 1))
(assert
 (>= z2_48 0))
(assert
 (<= z2_48 1))
(assert
 (>= z3_48 0))
(assert
 (<= z3_48 1))
(assert
 (>= z4_48 0))
(assert
 (<= z4_48 1))
(assert
 (<= (+ z1_48 z2_48 z3_48 z4_48) 1))
(assert
 (>= z1_49 0))
(assert
 (<= z1_49 1))
(assert
 (>= z2_49 0))
(assert
 (<= z2_49 1))
(assert
 (>= z3_49 0))
(assert
 (<= z3_49 1))
(assert
 (>= z4_49 0))
(assert
 (<= z4_49 1))
(assert
 (<= (+ z1_49 z2_49 z3_49 z4_49) 1))
(assert
 (>= z1_50 0))
(assert
 (<= z1_50 1))
(assert
 (>= z2_50 0))
(assert
 (<= z2_50 1))
(assert
 (>= z3_50 0))
(assert
 (<= z3_50 1))
(assert
 (>= z4_50 0))
(assert
 (<= z4_50 1))
(assert
 (<= (+ z1_50 z2_50 z3_50 z4_50) 1))
(assert
 (>= z1_51 0))
(assert
 (<= z1_51 1))
(assert
 (>= z2_51 0))
(assert
 (<= z2_51 1))
(assert
 (>= z3_51 0))
(assert
 (<= z3_51 1))
(assert
 (>= z4_51 0))
(assert
 (<= z4_51 1))
(assert
 (<= (+ z1_51 z2_51 z3_51 z4_51) 1))
(assert
 (>= z1_52 0))
(assert
 (<= z1_52 1))
(assert
 (>= z2_52 0))
(assert
 (<= z2_52 1))
(assert
 (>= z3_52 0))
(assert
 (<= z3_52 1))
(assert
 (>= z4_52 0))
(assert
 (<= z4_52 1))
(assert
 (<= (+ z1_52 z2_52 z3_52 z4_52) 1))
(assert
 (>= z1_53 0))
(assert
 (<= z1_53 1))
(assert
 (>= z2_53 0))
(assert
 (<= z2_53 1))
(assert
 (>= z3_53 0))
(assert
 (<= z3_53 1))
(assert
 (>= z4_53 0))
(assert
 (<= z4_53 1))
(assert
 (<= (+ z1_53 z2_53 z3_53 z4_53) 1))
(assert
 (>= z1_54 0))
(assert
 (<= z1_54 1))
(assert
 (>= z2_54 0))
(assert
 (<= z2_54 1))
(assert
 (>= z3_54 0))
(assert
 (<= z3_54 1))
(assert
 (>= z4_54 0))
(assert
 (<= z4_54 1))
(assert
 (<= (+ z1_54 z2_54 z3_54 z4_54) 1))
(assert
 (>= z1_55 0))
(assert
 (<= z1_55 1))
(assert
 (>= z2_55 0))
(assert
 (<= z2_55 1))
(assert
 (>= z3_55 0))
(assert
 (<= z3_55 1))
(assert
 (>= z4_55 0))
(assert
 (<= z4_55 1))
(assert
 (<= (+ z1_55 z2_55 z3_55 z4_55) 1))
(assert
 (>= z1_56 0))
(assert
 (<= z1_56 1))
(assert
 (>= z2_56 0))
(assert
 (<= z2_56 1))
(assert
 (>= z3_56 0))
(assert
 (<= z3_56 1))
(assert
 (>= z4_56 0))
(assert
 (<= z4_56 1))
(assert
 (<= (+ z1_56 z2_56 z3_56 z4_56) 1))
(assert
 (>= z1_57 0))
(assert
 (<= z1_57 1))
(assert
 (>= z2_57 0))
(assert
 (<= z2_57 1))
(assert
 (>= z3_57 0))
(assert
 (<= z3_57 1))
(assert
 (>= z4_57 0))
(assert
 (<= z4_57 1))
(assert
 (<= (+ z1_57 z2_57 z3_57 z4_57) 1))
(assert
 (>= z1_58 0))
(assert
 (<= z1_58 1))
(assert
 (>= z2_58 0))
(assert
 (<= z2_58 1))
(assert
 (>= z3_58 0))
(assert
 (<= z3_58 1))
(assert
 (>= z4_58 0))
(assert
 (<= z4_58 1))
(assert
 (<= (+ z1_58 z2_58 z3_58 z4_58) 1))
(assert
 (>= z1_59 0))
(assert
 (<= z1_59 1))
(assert
 (>= z2_59 0))
(assert
 (<= z2_59 1))
(assert
 (>= z3_59 0))
(assert
 (<= z3_59 1))
(assert
 (>= z4_59 0))
(assert
 (<= z4_59 1))
(assert
 (<= (+ z1_59 z2_59 z3_59 z4_59) 1))
(assert
 (>= z1_60 0))
(assert
 (<= z1_60 1))
(assert
 (>= z2_60 0))
(assert
 (<= z2_60 1))
(assert
 (>= z3_60 0))
(assert
 (<= z3_60 1))
(assert
 (>= z4_60 0))
(assert
 (<= z4_60 1))
(assert
 (<= (+ z1_60 z2_60 z3_60 z4_60) 1))
(assert
 (>= z1_61 0))
(assert
 (<= z1_61 1))
(assert
 (>= z2_61 0))
(assert
 (<= z2_61 1))
(assert
 (>= z3_61 0))
(assert
 (<= z3_61 1))
(assert
 (>= z4_61 0))
(assert
 (<= z4_61 1))
(assert
 (<= (+ z1_61 z2_61 z3_61 z4_61) 1))
(assert
 (>= z1_62 0))
(assert
 (<= z1_62 1))
(assert
 (>= z2_62 0))
(assert
 (<= z2_62 1))
(assert
 (>= z3_62 0))
(assert
 (<= z3_62 1))
(assert
 (>= z4_62 0))
(assert
 (<= z4_62 1))
(assert
 (<= (+ z1_62 z2_62 z3_62 z4_62) 1))
(assert
 (>= z1_63 0))
(assert
 (<= z1_63 1))
(assert
 (>= z2_63 0))
(assert
 (<= z2_63 1))
(assert
 (>= z3_63 0))
(assert
 (<= z3_63 1))
(assert
 (>= z4_63 0))
(assert
 (<= z4_63 1))
(assert
 (let ((?x1198 (+ z1_63 z2_63 z3_63 z4_63)))
 (<= ?x1198 1)))
(assert
 (>= z1_64 0))
(assert
 (<= z1_64 1))
(assert
 (>= z2_64 0))
(assert
 (<= z2_64 1))
(assert
 (>= z3_64 0))
(assert
 (<= z3_64 1))
(assert
 (>= z4_64 0))
(assert
 (<= z4_64 1))
(assert
 (<= (+ z1_64 z2_64 z3_64 z4_64) 1))
(assert
 (>= z1_65 0))
(assert
 (<= z1_65 1))
(assert
 (>= z2_65 0))
(assert
 (<= z2_65 1))
(assert
 (>= z3_65 0))
(assert
 (<= z3_65 1))
(assert
 (>= z4_65 0))
(assert
 (<= z4_65 1))
(assert
 (<= (+ z1_65 z2_65 z3_65 z4_65) 1))
(assert
 (>= z1_66 0))
(assert
 (<= z1_66 1))
(assert
 (>= z2_66 0))
(assert
 (<= z2_66 1))
(assert
 (>= z3_66 0))
(assert
 (<= z3_66 1))
(assert
 (>= z4_66 0))
(assert
 (<= z4_66 1))
(assert
 (<= (+ z1_66 z2_66 z3_66 z4_66) 1))
(assert
 (>= z1_67 0))
(assert
 (<= z1_67 1))
(assert
 (>= z2_67 0))
(assert
 (<= z2_67 1))
(assert
 (>= z3_67 0))
(assert
 (<= z3_67 1))
(assert
 (>= z4_67 0))
(assert
 (<= z4_67 1))
(assert
 (<= (+ z1_67 z2_67 z3_67 z4_67) 1))
(assert
 (>= z1_68 0))
(assert
 (<= z1_68 1))
(assert
 (>= z2_68 0))
(assert
 (<= z2_68 1))
(assert
 (>= z3_68 0))
(assert
 (<= z3_68 1))
(assert
 (>= z4_68 0))
(assert
 (<= z4_68 1))
(assert
 (<= (+ z1_68 z2_68 z3_68 z4_68) 1))
(assert
 (>= z1_69 0))
(assert
 (<= z1_69 1))
(assert
 (>= z2_69 0))
(assert
 (<= z2_69 1))
(assert
 (>= z3_69 0))
(assert
 (<= z3_69 1))
(assert
 (>= z4_69 0))
(assert
 (<= z4_69 1))
(assert
 (<= (+ z1_69 z2_69 z3_69 z4_69) 1))
(assert
 (>= z1_70 0))
(assert
 (<= z1_70 1))
(assert
 (>= z2_70 0))
(assert
 (<= z2_70 1))
(assert
 (>= z3_70 0))
(assert
 (<= z3_70 1))
(assert
 (>= z4_70 0))
(assert
 (<= z4_70 1))
(assert
 (<= (+ z1_70 z2_70 z3_70 z4_70) 1))
(assert
 (>= z1_71 0))
(assert
 (<= z1_71 1))
(assert
 (>= z2_71 0))
(assert
 (<= z2_71 1))
(assert
 (>= z3_71 0))
(assert
 (<= z3_71 1))
(assert
 (>= z4_71 0))
(assert
 (<= z4_71 1))
(assert
 (<= (+ z1_71 z2_71 z3_71 z4_71) 1))
(assert
 (>= z1_72 0))
(assert
 (<= z1_72 1))
(assert
 (>= z2_72 0))
(assert
 (<= z2_72 1))
(assert
 (>= z3_72 0))
(assert
 (<= z3_72 1))
(assert
 (>= z4_72 0))
(assert
 (<= z4_72 1))
(assert
 (<= (+ z1_72 z2_72 z3_72 z4_72) 1))
(assert
 (>= z1_73 0))
(assert
 (<= z1_73 1))
(assert
 (>= z2_73 0))
(assert
 (<= z2_73 1))
(assert
 (>= z3_73 0))
(assert
 (<= z3_73 1))
(assert
 (>= z4_73 0))
(assert
 (<= z4_73 1))
(assert
 (<= (+ z1_73 z2_73 z3_73 z4_73) 1))
(assert
 (>= z1_74 0))
(assert
 (<= z1_74 1))
(assert
 (>= z2_74 0))
(assert
 (<= z2_74 1))
(assert
 (>= z3_74 0))
(assert
 (<= z3_74 1))
(assert
 (>= z4_74 0))
(assert
 (<= z4_74 1))
(assert
 (<= (+ z1_74 z2_74 z3_74 z4_74) 1))
(assert
 (>= z1_75 0))
(assert
 (<= z1_75 1))
(assert
 (>= z2_75 0))
(assert
 (<= z2_75 1))
(assert
 (>= z3_75 0))
(assert
 (<= z3_75 1))
(assert
 (>= z4_75 0))
(assert
 (<= z4_75 1))
(assert
 (<= (+ z1_75 z2_75 z3_75 z4_75) 1))
(assert
 (>= z1_76 0))
(assert
 (<= z1_76 1))
(assert
 (>= z2_76 0))
(assert
 (<= z2_76 1))
(assert
 (>= z3_76 0))
(assert
 (<= z3_76 1))
(assert
 (>= z4_76 0))
(assert
 (<= z4_76 1))
(assert
 (<= (+ z1_76 z2_76 z3_76 z4_76) 1))
(assert
 (>= z1_77 0))
(assert
 (<= z1_77 1))
(assert
 (>= z2_77 0))
(assert
 (<= z2_77 1))
(assert
 (>= z3_77 0))
(assert
 (<= z3_77 1))
(assert
 (>= z4_77 0))
(assert
 (<= z4_77 1))
(assert
 (<= (+ z1_77 z2_77 z3_77 z4_77) 1))
(assert
 (>= z1_78 0))
(assert
 (<= z1_78 1))
(assert
 (>= z2_78 0))
(assert
 (<= z2_78 1))
(assert
 (>= z3_78 0))
(assert
 (<= z3_78 1))
(assert
 (>= z4_78 0))
(assert
 (<= z4_78 1))
(assert
 (<= (+ z1_78 z2_78 z3_78 z4_78) 1))
(assert
 (>= z1_79 0))
(assert
 (<= z1_79 1))
(assert
 (>= z2_79 0))
(assert
 (<= z2_79 1))
(assert
 (>= z3_79 0))
(assert
 (<= z3_79 1))
(assert
 (>= z4_79 0))
(assert
 (<= z4_79 1))
(assert
 (<= (+ z1_79 z2_79 z3_79 z4_79) 1))
(assert
 (>= z1_80 0))
(assert
 (<= z1_80 1))
(assert
 (>= z2_80 0))
(assert
 (<= z2_80 1))
(assert
 (>= z3_80 0))
(assert
 (<= z3_80 1))
(assert
 (>= z4_80 0))
(assert
 (<= z4_80 1))
(assert
 (<= (+ z1_80 z2_80 z3_80 z4_80) 1))
(assert
 (>= z1_81 0))
(assert
 (<= z1_81 1))
(assert
 (>= z2_81 0))
(assert
 (<= z2_81 1))
(assert
 (>= z3_81 0))
(assert
 (<= z3_81 1))
(assert
 (>= z4_81 0))
(assert
 (<= z4_81 1))
(assert
 (<= (+ z1_81 z2_81 z3_81 z4_81) 1))
(assert
 (>= z1_82 0))
(assert
 (<= z1_82 1))
(assert
 (>= z2_82 0))
(assert
 (<= z2_82 1))
(assert
 (>= z3_82 0))
(assert
 (<= z3_82 1))
(assert
 (>= z4_82 0))
(assert
 (<= z4_82 1))
(assert
 (<= (+ z1_82 z2_82 z3_82 z4_82) 1))
(assert
 (>= z1_83 0))
(assert
 (<= z1_83 1))
(assert
 (>= z2_83 0))
(assert
 (<= z2_83 1))
(assert
 (>= z3_83 0))
(assert
 (<= z3_83 1))
(assert
 (>= z4_83 0))
(assert
 (<= z4_83 1))
(assert
 (<= (+ z1_83 z2_83 z3_83 z4_83) 1))
(assert
 (>= z1_84 0))
(assert
 (<= z1_84 1))
(assert
 (>= z2_84 0))
(assert
 (<= z2_84 1))
(assert
 (>= z3_84 0))
(assert
 (<= z3_84 1))
(assert
 (>= z4_84 0))
(assert
 (<= z4_84 1))
(assert
 (<= (+ z1_84 z2_84 z3_84 z4_84) 1))
(assert
 (>= z1_85 0))
(assert
 (<= z1_85 1))
(assert
 (>= z2_85 0))
(assert
 (<= z2_85 1))
(assert
 (>= z3_85 0))
(assert
 (<= z3_85 1))
(assert
 (>= z4_85 0))
(assert
 (<= z4_85 1))
(assert
 (<= (+ z1_85 z2_85 z3_85 z4_85) 1))
(assert
 (>= z1_86 0))
(assert
 (<= z1_86 1))
(assert
 (>= z2_86 0))
(assert
 (<= z2_86 1))
(assert
 (>= z3_86 0))
(assert
 (<= z3_86 1))
(assert
 (>= z4_86 0))
(assert
 (<= z4_86 1))
(assert
 (<= (+ z1_86 z2_86 z3_86 z4_86) 1))
(assert
 (>= z1_87 0))
(assert
 (<= z1_87 1))
(assert
 (>= z2_87 0))
(assert
 (<= z2_87 1))
(assert
 (>= z3_87 0))
(assert
 (<= z3_87 1))
(assert
 (>= z4_87 0))
(assert
 (<= z4_87 1))
(assert
 (<= (+ z1_87 z2_87 z3_87 z4_87) 1))
(assert
 (>= z1_88 0))
(assert
 (<= z1_88 1))
(assert
 (>= z2_88 0))
(assert
 (<= z2_88 1))
(assert
 (>= z3_88 0))
(assert
 (<= z3_88 1))
(assert
 (>= z4_88 0))
(assert
 (<= z4_88 1))
(assert
 (<= (+ z1_88 z2_88 z3_88 z4_88) 1))
(assert
 (>= z1_89 0))
(assert
 (<= z1_89 1))
(assert
 (>= z2_89 0))
(assert
 (<= z2_89 1))
(assert
 (>= z3_89 0))
(assert
 (<= z3_89 1))
(assert
 (>= z4_89 0))
(assert
 (<= z4_89 1))
(assert
 (<= (+ z1_89 z2_89 z3_89 z4_89) 1))
(assert
 (>= z1_90 0))
(assert
 (<= z1_90 1))
(assert
 (>= z2_90 0))
(assert
 (<= z2_90 1))
(assert
 (>= z3_90 0))
(assert
 (<= z3_90 1))
(assert
 (>= z4_90 0))
(assert
 (<= z4_90 1))
(assert
 (<= (+ z1_90 z2_90 z3_90 z4_90) 1))
(assert
 (>= z1_91 0))
(assert
 (<= z1_91 1))
(assert
 (>= z2_91 0))
(assert
 (<= z2_91 1))
(assert
 (>= z3_91 0))
(assert
 (<= z3_91 1))
(assert
 (>= z4_91 0))
(assert
 (<= z4_91 1))
(assert
 (<= (+ z1_91 z2_91 z3_91 z4_91) 1))
(assert
 (>= z1_92 0))
(assert
 (<= z1_92 1))
(assert
 (>= z2_92 0))
(assert
 (<= z2_92 1))
(assert
 (>= z3_92 0))
(assert
 (<= z3_92 1))
(assert
 (>= z4_92 0))
(assert
 (<= z4_92 1))
(assert
 (<= (+ z1_92 z2_92 z3_92 z4_92) 1))
(assert
 (>= z1_93 0))
(assert
 (<= z1_93 1))
(assert
 (>= z2_93 0))
(assert
 (<= z2_93 1))
(assert
 (>= z3_93 0))
(assert
 (<= z3_93 1))
(assert
 (>= z4_93 0))
(assert
 (<= z4_93 1))
(assert
 (<= (+ z1_93 z2_93 z3_93 z4_93) 1))
(assert
 (>= z1_94 0))
(assert
 (<= z1_94 1))
(assert
 (>= z2_94 0))
(assert
 (<= z2_94 1))
(assert
 (>= z3_94 0))
(assert
 (<= z3_94 1))
(assert
 (>= z4_94 0))
(assert
 (<= z4_94 1))
(assert
 (<= (+ z1_94 z2_94 z3_94 z4_94) 1))
(assert
 (>= z1_95 0))
(assert
 (<= z1_95 1))
(assert
 (>= z2_95 0))
(assert
 (<= z2_95 1))
(assert
 (>= z3_95 0))
(assert
 (<= z3_95 1))
(assert
 (>= z4_95 0))
(assert
 (<= z4_95 1))
(assert
 (<= (+ z1_95 z2_95 z3_95 z4_95) 1))
(assert
 (>= z1_96 0))
(assert
 (<= z1_96 1))
(assert
 (>= z2_96 0))
(assert
 (<= z2_96 1))
(assert
 (>= z3_96 0))
(assert
 (<= z3_96 1))
(assert
 (>= z4_96 0))
(assert
 (<= z4_96 1))
(assert
 (<= (+ z1_96 z2_96 z3_96 z4_96) 1))
(assert
 (>= z1_97 0))
(assert
 (<= z1_97 1))
(assert
 (>= z2_97 0))
(assert
 (<= z2_97 1))
(assert
 (>= z3_97 0))
(assert
 (<= z3_97 1))
(assert
 (>= z4_97 0))
(assert
 (<= z4_97 1))
(assert
 (<= (+ z1_97 z2_97 z3_97 z4_97) 1))
(assert
 (>= z1_98 0))
(assert
 (<= z1_98 1))
(assert
 (>= z2_98 0))
(assert
 (<= z2_98 1))
(assert
 (>= z3_98 0))
(assert
 (<= z3_98 1))
(assert
 (>= z4_98 0))
(assert
 (<= z4_98 1))
(assert
 (<= (+ z1_98 z2_98 z3_98 z4_98) 1))
(assert
 (>= z1_99 0))
(assert
 (<= z1_99 1))
(assert
 (>= z2_99 0))
(assert
 (<= z2_99 1))
(assert
 (>= z3_99 0))
(assert
 (<= z3_99 1))
(assert
 (>= z4_99 0))
(assert
 (<= z4_99 1))
(assert
 (<= (+ z1_99 z2_99 z3_99 z4_99) 1))
(assert
 (>= z1_100 0))
(assert
 (<= z1_100 1))
(assert
 (>= z2_100 0))
(assert
 (<= z2_100 1))
(assert
 (>= z3_100 0))
(assert
 (<= z3_100 1))
(assert
 (>= z4_100 0))
(assert
 (<= z4_100 1))
(assert
 (<= (+ z1_100 z2_100 z3_100 z4_100) 1))
(assert
 (>= z1_101 0))
(assert
 (<= z1_101 1))
(assert
 (>= z2_101 0))
(assert
 (<= z2_101 1))
(assert
 (>= z3_101 0))
(assert
 (<= z3_101 1))
(assert
 (>= z4_101 0))
(assert
 (<= z4_101 1))
(assert
 (<= (+ z1_101 z2_101 z3_101 z4_101) 1))
(assert
 (>= z1_102 0))
(assert
 (<= z1_102 1))
(assert
 (>= z2_102 0))
(assert
 (<= z2_102 1))
(assert
 (>= z3_102 0))
(assert
 (<= z3_102 1))
(assert
 (>= z4_102 0))
(assert
 (<= z4_102 1))
(assert
 (<= (+ z1_102 z2_102 z3_102 z4_102) 1))
(assert
 (>= z1_103 0))
(assert
 (<= z1_103 1))
(assert
 (>= z2_103 0))
(assert
 (<= z2_103 1))
(assert
 (>= z3_103 0))
(assert
 (<= z3_103 1))
(assert
 (>= z4_103 0))
(assert
 (<= z4_103 1))
(assert
 (<= (+ z1_103 z2_103 z3_103 z4_103) 1))
(assert
 (>= z1_104 0))
(assert
 (<= z1_104 1))
(assert
 (>= z2_104 0))
(assert
 (<= z2_104 1))
(assert
 (>= z3_104 0))
(assert
 (<= z3_104 1))
(assert
 (>= z4_104 0))
(assert
 (<= z4_104 1))
(assert
 (<= (+ z1_104 z2_104 z3_104 z4_104) 1))
(assert
 (>= z1_105 0))
(assert
 (<= z1_105 1))
(assert
 (>= z2_105 0))
(assert
 (<= z2_105 1))
(assert
 (>= z3_105 0))
(assert
 (<= z3_105 1))
(assert
 (>= z4_105 0))
(assert
 (<= z4_105 1))
(assert
 (<= (+ z1_105 z2_105 z3_105 z4_105) 1))
(assert
 (>= z1_106 0))
(assert
 (<= z1_106 1))
(assert
 (>= z2_106 0))
(assert
 (<= z2_106 1))
(assert
 (>= z3_106 0))
(assert
 (<= z3_106 1))
(assert
 (>= z4_106 0))
(assert
 (<= z4_106 1))
(assert
 (<= (+ z1_106 z2_106 z3_106 z4_106) 1))
(assert
 (>= z1_107 0))
(assert
 (<= z1_107 1))
(assert
 (>= z2_107 0))
(assert
 (<= z2_107 1))
(assert
 (>= z3_107 0))
(assert
 (<= z3_107 1))
(assert
 (>= z4_107 0))
(assert
 (<= z4_107 1))
(assert
 (<= (+ z1_107 z2_107 z3_107 z4_107) 1))
(assert
 (>= z1_108 0))
(assert
 (<= z1_108 1))
(assert
 (>= z2_108 0))
(assert
 (<= z2_108 1))
(assert
 (>= z3_108 0))
(assert
 (<= z3_108 1))
(assert
 (>= z4_108 0))
(assert
 (<= z4_108 1))
(assert
 (<= (+ z1_108 z2_108 z3_108 z4_108) 1))
(assert
 (>= z1_109 0))
(assert
 (<= z1_109 1))
(assert
 (>= z2_109 0))
(assert
 (<= z2_109 1))
(assert
 (>= z3_109 0))
(assert
 (<= z3_109 1))
(assert
 (>= z4_109 0))
(assert
 (<= z4_109 1))
(assert
 (<= (+ z1_109 z2_109 z3_109 z4_109) 1))
(assert
 (>= z1_110 0))
(assert
 (<= z1_110 1))
(assert
 (>= z2_110 0))
(assert
 (<= z2_110 1))
(assert
 (>= z3_110 0))
(assert
 (<= z3_110 1))
(assert
 (>= z4_110 0))
(assert
 (<= z4_110 1))
(assert
 (<= (+ z1_110 z2_110 z3_110 z4_110) 1))
(assert
 (>= z1_111 0))
(assert
 (<= z1_111 1))
(assert
 (>= z2_111 0))
(assert
 (<= z2_111 1))
(assert
 (>= z3_111 0))
(assert
 (<= z3_111 1))
(assert
 (>= z4_111 0))
(assert
 (<= z4_111 1))
(assert
 (<= (+ z1_111 z2_111 z3_111 z4_111) 1))
(assert
 (>= z1_112 0))
(assert
 (<= z1_112 1))
(assert
 (>= z2_112 0))
(assert
 (<= z2_112 1))
(assert
 (>= z3_112 0))
(assert
 (<= z3_112 1))
(assert
 (>= z4_112 0))
(assert
 (<= z4_112 1))
(assert
 (<= (+ z1_112 z2_112 z3_112 z4_112) 1))
(assert
 (>= z1_113 0))
(assert
 (<= z1_113 1))
(assert
 (>= z2_113 0))
(assert
 (<= z2_113 1))
(assert
 (>= z3_113 0))
(assert
 (<= z3_113 1))
(assert
 (>= z4_113 0))
(assert
 (<= z4_113 1))
(assert
 (<= (+ z1_113 z2_113 z3_113 z4_113) 1))
(assert
 (>= z1_114 0))
(assert
 (<= z1_114 1))
(assert
 (>= z2_114 0))
(assert
 (<= z2_114 1))
(assert
 (>= z3_114 0))
(assert
 (<= z3_114 1))
(assert
 (>= z4_114 0))
(assert
 (<= z4_114 1))
(assert
 (<= (+ z1_114 z2_114 z3_114 z4_114) 1))
(assert
 (>= z1_115 0))
(assert
 (<= z1_115 1))
(assert
 (>= z2_115 0))
(assert
 (<= z2_115 1))
(assert
 (>= z3_115 0))
(assert
 (<= z3_115 1))
(assert
 (>= z4_115 0))
(assert
 (<= z4_115 1))
(assert
 (<= (+ z1_115 z2_115 z3_115 z4_115) 1))
(assert
 (>= z1_116 0))
(assert
 (<= z1_116 1))
(assert
 (>= z2_116 0))
(assert
 (<= z2_116 1))
(assert
 (>= z3_116 0))
(assert
 (<= z3_116 1))
(assert
 (>= z4_116 0))
(assert
 (<= z4_116 1))
(assert
 (<= (+ z1_116 z2_116 z3_116 z4_116) 1))
(assert
 (>= z1_117 0))
(assert
 (<= z1_117 1))
(assert
 (>= z2_117 0))
(assert
 (<= z2_117 1))
(assert
 (>= z3_117 0))
(assert
 (<= z3_117 1))
(assert
 (>= z4_117 0))
(assert
 (<= z4_117 1))
(assert
 (<= (+ z1_117 z2_117 z3_117 z4_117) 1))
(assert
 (>= z1_118 0))
(assert
 (<= z1_118 1))
(assert
 (>= z2_118 0))
(assert
 (<= z2_118 1))
(assert
 (>= z3_118 0))
(assert
 (<= z3_118 1))
(assert
 (>= z4_118 0))
(assert
 (<= z4_118 1))
(assert
 (<= (+ z1_118 z2_118 z3_118 z4_118) 1))
(assert
 (>= z1_119 0))
(assert
 (<= z1_119 1))
(assert
 (>= z2_119 0))
(assert
 (<= z2_119 1))
(assert
 (>= z3_119 0))
(assert
 (<= z3_119 1))
(assert
 (>= z4_119 0))
(assert
 (<= z4_119 1))
(assert
 (<= (+ z1_119 z2_119 z3_119 z4_119) 1))
(assert
 (>= z1_120 0))
(assert
 (<= z1_120 1))
(assert
 (>= z2_120 0))
(assert
 (<= z2_120 1))
(assert
 (>= z3_120 0))
(assert
 (<= z3_120 1))
(assert
 (>= z4_120 0))
(assert
 (<= z4_120 1))
(assert
 (<= (+ z1_120 z2_120 z3_120 z4_120) 1))
(assert
 (>= z1_121 0))
(assert
 (<= z1_121 1))
(assert
 (>= z2_121 0))
(assert
 (<= z2_121 1))
(assert
 (>= z3_121 0))
(assert
 (<= z3_121 1))
(assert
 (>= z4_121 0))
(assert
 (<= z4_121 1))
(assert
 (<= (+ z1_121 z2_121 z3_121 z4_121) 1))
(assert
 (>= z1_122 0))
(assert
 (<= z1_122 1))
(assert
 (>= z2_122 0))
(assert
 (<= z2_122 1))
(assert
 (>= z3_122 0))
(assert
 (<= z3_122 1))
(assert
 (>= z4_122 0))
(assert
 (<= z4_122 1))
(assert
 (<= (+ z1_122 z2_122 z3_122 z4_122) 1))
(assert
 (>= z1_123 0))
(assert
 (<= z1_123 1))
(assert
 (>= z2_123 0))
(assert
 (<= z2_123 1))
(assert
 (>= z3_123 0))
(assert
 (<= z3_123 1))
(assert
 (>= z4_123 0))
(assert
 (<= z4_123 1))
(assert
 (<= (+ z1_123 z2_123 z3_123 z4_123) 1))
(assert
 (>= z1_124 0))
(assert
 (<= z1_124 1))
(assert
 (>= z2_124 0))
(assert
 (<= z2_124 1))
(assert
 (>= z3_124 0))
(assert
 (<= z3_124 1))
(assert
 (>= z4_124 0))
(assert
 (<= z4_124 1))
(assert
 (<= (+ z1_124 z2_124 z3_124 z4_124) 1))
(assert
 (>= z1_125 0))
(assert
 (<= z1_125 1))
(assert
 (>= z2_125 0))
(assert
 (<= z2_125 1))
(assert
 (>= z3_125 0))
(assert
 (<= z3_125 1))
(assert
 (>= z4_125 0))
(assert
 (<= z4_125 1))
(assert
 (<= (+ z1_125 z2_125 z3_125 z4_125) 1))
(assert
 (>= z1_126 0))
(assert
 (<= z1_126 1))
(assert
 (>= z2_126 0))
(assert
 (<= z2_126 1))
(assert
 (>= z3_126 0))
(assert
 (<= z3_126 1))
(assert
 (>= z4_126 0))
(assert
 (<= z4_126 1))
(assert
 (<= (+ z1_126 z2_126 z3_126 z4_126) 1))
(assert
 (>= z1_127 0))
(assert
 (<= z1_127 1))
(assert
 (>= z2_127 0))
(assert
 (<= z2_127 1))
(assert
 (>= z3_127 0))
(assert
 (<= z3_127 1))
(assert
 (>= z4_127 0))
(assert
 (<= z4_127 1))
(assert
 (<= (+ z1_127 z2_127 z3_127 z4_127) 1))
(assert
 (>= z1_128 0))
(assert
 (<= z1_128 1))
(assert
 (>= z2_128 0))
(assert
 (<= z2_128 1))
(assert
 (>= z3_128 0))
(assert
 (<= z3_128 1))
(assert
 (>= z4_128 0))
(assert
 (<= z4_128 1))
(assert
 (>= z5_128 0))
(assert
 (<= z5_128 1))
(assert
 (<= (+ z1_128 z2_128 z3_128 z4_128 z5_128) 1))
(assert
 (>= z1_129 0))
(assert
 (<= z1_129 1))
(assert
 (>= z2_129 0))
(assert
 (<= z2_129 1))
(assert
 (>= z3_129 0))
(assert
 (<= z3_129 1))
(assert
 (>= z4_129 0))
(assert
 (<= z4_129 1))
(assert
 (>= z5_129 0))
(assert
 (<= z5_129 1))
(assert
 (<= (+ z1_129 z2_129 z3_129 z4_129 z5_129) 1))
(assert
 (>= z1_130 0))
(assert
 (<= z1_130 1))
(assert
 (>= z2_130 0))
(assert
 (<= z2_130 1))
(assert
 (>= z3_130 0))
(assert
 (<= z3_130 1))
(assert
 (>= z4_130 0))
(assert
 (<= z4_130 1))
(assert
 (>= z5_130 0))
(assert
 (<= z5_130 1))
(assert
 (<= (+ z1_130 z2_130 z3_130 z4_130 z5_130) 1))
(assert
 (>= z1_131 0))
(assert
 (<= z1_131 1))
(assert
 (>= z2_131 0))
(assert
 (<= z2_131 1))
(assert
 (>= z3_131 0))
(assert
 (<= z3_131 1))
(assert
 (>= z4_131 0))
(assert
 (<= z4_131 1))
(assert
 (>= z5_131 0))
(assert
 (<= z5_131 1))
(assert
 (<= (+ z1_131 z2_131 z3_131 z4_131 z5_131) 1))
(assert
 (>= z1_132 0))
(assert
 (<= z1_132 1))
(assert
 (>= z2_132 0))
(assert
 (<= z2_132 1))
(assert
 (>= z3_132 0))
(assert
 (<= z3_132 1))
(assert
 (>= z4_132 0))
(assert
 (<= z4_132 1))
(assert
 (>= z5_132 0))
(assert
 (<= z5_132 1))
(assert
 (<= (+ z1_132 z2_132 z3_132 z4_132 z5_132) 1))
(assert
 (>= z1_133 0))
(assert
 (<= z1_133 1))
(assert
 (>= z2_133 0))
(assert
 (<= z2_133 1))
(assert
 (>= z3_133 0))
(assert
 (<= z3_133 1))
(assert
 (>= z4_133 0))
(assert
 (<= z4_133 1))
(assert
 (>= z5_133 0))
(assert
 (<= z5_133 1))
(assert
 (<= (+ z1_133 z2_133 z3_133 z4_133 z5_133) 1))
(assert
 (>= z1_134 0))
(assert
 (<= z1_134 1))
(assert
 (>= z2_134 0))
(assert
 (<= z2_134 1))
(assert
 (>= z3_134 0))
(assert
 (<= z3_134 1))
(assert
 (>= z4_134 0))
(assert
 (<= z4_134 1))
(assert
 (>= z5_134 0))
(assert
 (<= z5_134 1))
(assert
 (<= (+ z1_134 z2_134 z3_134 z4_134 z5_134) 1))
(assert
 (>= z1_135 0))
(assert
 (<= z1_135 1))
(assert
 (>= z2_135 0))
(assert
 (<= z2_135 1))
(assert
 (>= z3_135 0))
(assert
 (<= z3_135 1))
(assert
 (>= z4_135 0))
(assert
 (<= z4_135 1))
(assert
 (>= z5_135 0))
(assert
 (<= z5_135 1))
(assert
 (<= (+ z1_135 z2_135 z3_135 z4_135 z5_135) 1))
(assert
 (>= z1_136 0))
(assert
 (<= z1_136 1))
(assert
 (>= z2_136 0))
(assert
 (<= z2_136 1))
(assert
 (>= z3_136 0))
(assert
 (<= z3_136 1))
(assert
 (>= z4_136 0))
(assert
 (<= z4_136 1))
(assert
 (>= z5_136 0))
(assert
 (<= z5_136 1))
(assert
 (<= (+ z1_136 z2_136 z3_136 z4_136 z5_136) 1))
(assert
 (>= z1_137 0))
(assert
 (<= z1_137 1))
(assert
 (>= z2_137 0))
(assert
 (<= z2_137 1))
(assert
 (>= z3_137 0))
(assert
 (<= z3_137 1))
(assert
 (>= z4_137 0))
(assert
 (<= z4_137 1))
(assert
 (>= z5_137 0))
(assert
 (<= z5_137 1))
(assert
 (<= (+ z1_137 z2_137 z3_137 z4_137 z5_137) 1))
(assert
 (>= z1_138 0))
(assert
 (<= z1_138 1))
(assert
 (>= z2_138 0))
(assert
 (<= z2_138 1))
(assert
 (>= z3_138 0))
(assert
 (<= z3_138 1))
(assert
 (>= z4_138 0))
(assert
 (<= z4_138 1))
(assert
 (>= z5_138 0))
(assert
 (<= z5_138 1))
(assert
 (<= (+ z1_138 z2_138 z3_138 z4_138 z5_138) 1))
(assert
 (>= z1_139 0))
(assert
 (<= z1_139 1))
(assert
 (>= z2_139 0))
(assert
 (<= z2_139 1))
(assert
 (>= z3_139 0))
(assert
 (<= z3_139 1))
(assert
 (>= z4_139 0))
(assert
 (<= z4_139 1))
(assert
 (>= z5_139 0))
(assert
 (<= z5_139 1))
(assert
 (<= (+ z1_139 z2_139 z3_139 z4_139 z5_139) 1))
(assert
 (>= z1_140 0))
(assert
 (<= z1_140 1))
(assert
 (>= z2_140 0))
(assert
 (<= z2_140 1))
(assert
 (>= z3_140 0))
(assert
 (<= z3_140 1))
(assert
 (>= z4_140 0))
(assert
 (<= z4_140 1))
(assert
 (>= z5_140 0))
(assert
 (<= z5_140 1))
(assert
 (<= (+ z1_140 z2_140 z3_140 z4_140 z5_140) 1))
(assert
 (>= z1_141 0))
(assert
 (<= z1_141 1))
(assert
 (>= z2_141 0))
(assert
 (<= z2_141 1))
(assert
 (>= z3_141 0))
(assert
 (<= z3_141 1))
(assert
 (>= z4_141 0))
(assert
 (<= z4_141 1))
(assert
 (>= z5_141 0))
(assert
 (<= z5_141 1))
(assert
 (<= (+ z1_141 z2_141 z3_141 z4_141 z5_141) 1))
(assert
 (>= z1_142 0))
(assert
 (<= z1_142 1))
(assert
 (>= z2_142 0))
(assert
 (<= z2_142 1))
(assert
 (>= z3_142 0))
(assert
 (<= z3_142 1))
(assert
 (>= z4_142 0))
(assert
 (<= z4_142 1))
(assert
 (>= z5_142 0))
(assert
 (<= z5_142 1))
(assert
 (<= (+ z1_142 z2_142 z3_142 z4_142 z5_142) 1))
(assert
 (>= z1_143 0))
(assert
 (<= z1_143 1))
(assert
 (>= z2_143 0))
(assert
 (<= z2_143 1))
(assert
 (>= z3_143 0))
(assert
 (<= z3_143 1))
(assert
 (>= z4_143 0))
(assert
 (<= z4_143 1))
(assert
 (>= z5_143 0))
(assert
 (<= z5_143 1))
(assert
 (<= (+ z1_143 z2_143 z3_143 z4_143 z5_143) 1))
(assert
 (>= z1_144 0))
(assert
 (<= z1_144 1))
(assert
 (>= z2_144 0))
(assert
 (<= z2_144 1))
(assert
 (>= z3_144 0))
(assert
 (<= z3_144 1))
(assert
 (>= z4_144 0))
(assert
 (<= z4_144 1))
(assert
 (>= z5_144 0))
(assert
 (<= z5_144 1))
(assert
 (<= (+ z1_144 z2_144 z3_144 z4_144 z5_144) 1))
(assert
 (>= z1_145 0))
(assert
 (<= z1_145 1))
(assert
 (>= z2_145 0))
(assert
 (<= z2_145 1))
(assert
 (>= z3_145 0))
(assert
 (<= z3_145 1))
(assert
 (>= z4_145 0))
(assert
 (<= z4_145 1))
(assert
 (>= z5_145 0))
(assert
 (<= z5_145 1))
(assert
 (<= (+ z1_145 z2_145 z3_145 z4_145 z5_145) 1))
(assert
 (>= z1_146 0))
(assert
 (<= z1_146 1))
(assert
 (>= z2_146 0))
(assert
 (<= z2_146 1))
(assert
 (>= z3_146 0))
(assert
 (<= z3_146 1))
(assert
 (>= z4_146 0))
(assert
 (<= z4_146 1))
(assert
 (>= z5_146 0))
(assert
 (<= z5_146 1))
(assert
 (<= (+ z1_146 z2_146 z3_146 z4_146 z5_146) 1))
(assert
 (>= z1_147 0))
(assert
 (<= z1_147 1))
(assert
 (>= z2_147 0))
(assert
 (<= z2_147 1))
(assert
 (>= z3_147 0))
(assert
 (<= z3_147 1))
(assert
 (>= z4_147 0))
(assert
 (<= z4_147 1))
(assert
 (>= z5_147 0))
(assert
 (<= z5_147 1))
(assert
 (<= (+ z1_147 z2_147 z3_147 z4_147 z5_147) 1))
(assert
 (>= z1_148 0))
(assert
 (<= z1_148 1))
(assert
 (>= z2_148 0))
(assert
 (<= z2_148 1))
(assert
 (>= z3_148 0))
(assert
 (<= z3_148 1))
(assert
 (>= z4_148 0))
(assert
 (<= z4_148 1))
(assert
 (>= z5_148 0))
(assert
 (<= z5_148 1))
(assert
 (<= (+ z1_148 z2_148 z3_148 z4_148 z5_148) 1))
(assert
 (>= z1_149 0))
(assert
 (<= z1_149 1))
(assert
 (>= z2_149 0))
(assert
 (<= z2_149 1))
(assert
 (>= z3_149 0))
(assert
 (<= z3_149 1))
(assert
 (>= z4_149 0))
(assert
 (<= z4_149 1))
(assert
 (>= z5_149 0))
(assert
 (<= z5_149 1))
(assert
 (<= (+ z1_149 z2_149 z3_149 z4_149 z5_149) 1))
(assert
 (>= z1_150 0))
(assert
 (<= z1_150 1))
(assert
 (>= z2_150 0))
(assert
 (<= z2_150 1))
(assert
 (>= z3_150 0))
(assert
 (<= z3_150 1))
(assert
 (>= z4_150 0))
(assert
 (<= z4_150 1))
(assert
 (>= z5_150 0))
(assert
 (<= z5_150 1))
(assert
 (<= (+ z1_150 z2_150 z3_150 z4_150 z5_150) 1))
(assert
 (>= z1_151 0))
(assert
 (<= z1_151 1))
(assert
 (>= z2_151 0))
(assert
 (<= z2_151 1))
(assert
 (>= z3_151 0))
(assert
 (<= z3_151 1))
(assert
 (>= z4_151 0))
(assert
 (<= z4_151 1))
(assert
 (>= z5_151 0))
(assert
 (<= z5_151 1))
(assert
 (<= (+ z1_151 z2_151 z3_151 z4_151 z5_151) 1))
(assert
 (>= z1_152 0))
(assert
 (<= z1_152 1))
(assert
 (>= z2_152 0))
(assert
 (<= z2_152 1))
(assert
 (>= z3_152 0))
(assert
 (<= z3_152 1))
(assert
 (>= z4_152 0))
(assert
 (<= z4_152 1))
(assert
 (>= z5_152 0))
(assert
 (<= z5_152 1))
(assert
 (<= (+ z1_152 z2_152 z3_152 z4_152 z5_152) 1))
(assert
 (>= z1_153 0))
(assert
 (<= z1_153 1))
(assert
 (>= z2_153 0))
(assert
 (<= z2_153 1))
(assert
 (>= z3_153 0))
(assert
 (<= z3_153 1))
(assert
 (>= z4_153 0))
(assert
 (<= z4_153 1))
(assert
 (>= z5_153 0))
(assert
 (<= z5_153 1))
(assert
 (<= (+ z1_153 z2_153 z3_153 z4_153 z5_153) 1))
(assert
 (>= z1_154 0))
(assert
 (<= z1_154 1))
(assert
 (>= z2_154 0))
(assert
 (<= z2_154 1))
(assert
 (>= z3_154 0))
(assert
 (<= z3_154 1))
(assert
 (>= z4_154 0))
(assert
 (<= z4_154 1))
(assert
 (>= z5_154 0))
(assert
 (<= z5_154 1))
(assert
 (<= (+ z1_154 z2_154 z3_154 z4_154 z5_154) 1))
(assert
 (>= z1_155 0))
(assert
 (<= z1_155 1))
(assert
 (>= z2_155 0))
(assert
 (<= z2_155 1))
(assert
 (>= z3_155 0))
(assert
 (<= z3_155 1))
(assert
 (>= z4_155 0))
(assert
 (<= z4_155 1))
(assert
 (>= z5_155 0))
(assert
 (<= z5_155 1))
(assert
 (<= (+ z1_155 z2_155 z3_155 z4_155 z5_155) 1))
(assert
 (>= z1_156 0))
(assert
 (<= z1_156 1))
(assert
 (>= z2_156 0))
(assert
 (<= z2_156 1))
(assert
 (>= z3_156 0))
(assert
 (<= z3_156 1))
(assert
 (>= z4_156 0))
(assert
 (<= z4_156 1))
(assert
 (>= z5_156 0))
(assert
 (<= z5_156 1))
(assert
 (<= (+ z1_156 z2_156 z3_156 z4_156 z5_156) 1))
(assert
 (>= z1_157 0))
(assert
 (<= z1_157 1))
(assert
 (>= z2_157 0))
(assert
 (<= z2_157 1))
(assert
 (>= z3_157 0))
(assert
 (<= z3_157 1))
(assert
 (>= z4_157 0))
(assert
 (<= z4_157 1))
(assert
 (>= z5_157 0))
(assert
 (<= z5_157 1))
(assert
 (<= (+ z1_157 z2_157 z3_157 z4_157 z5_157) 1))
(assert
 (>= z1_158 0))
(assert
 (<= z1_158 1))
(assert
 (>= z2_158 0))
(assert
 (<= z2_158 1))
(assert
 (>= z3_158 0))
(assert
 (<= z3_158 1))
(assert
 (>= z4_158 0))
(assert
 (<= z4_158 1))
(assert
 (>= z5_158 0))
(assert
 (<= z5_158 1))
(assert
 (<= (+ z1_158 z2_158 z3_158 z4_158 z5_158) 1))
(assert
 (>= z1_159 0))
(assert
 (<= z1_159 1))
(assert
 (>= z2_159 0))
(assert
 (<= z2_159 1))
(assert
 (>= z3_159 0))
(assert
 (<= z3_159 1))
(assert
 (>= z4_159 0))
(assert
 (<= z4_159 1))
(assert
 (>= z5_159 0))
(assert
 (<= z5_159 1))
(assert
 (let ((?x3661 (+ z1_159 z2_159 z3_159 z4_159 z5_159)))
 (<= ?x3661 1)))
(assert
 (>= z1_160 0))
(assert
 (<= z1_160 1))
(assert
 (>= z2_160 0))
(assert
 (<= z2_160 1))
(assert
 (>= z3_160 0))
(assert
 (<= z3_160 1))
(assert
 (>= z4_160 0))
(assert
 (<= z4_160 1))
(assert
 (>= z5_160 0))
(assert
 (<= z5_160 1))
(assert
 (<= (+ z1_160 z2_160 z3_160 z4_160 z5_160) 1))
(assert
 (>= z1_161 0))
(assert
 (<= z1_161 1))
(assert
 (>= z2_161 0))
(assert
 (<= z2_161 1))
(assert
 (>= z3_161 0))
(assert
 (<= z3_161 1))
(assert
 (>= z4_161 0))
(assert
 (<= z4_161 1))
(assert
 (>= z5_161 0))
(assert
 (<= z5_161 1))
(assert
 (<= (+ z1_161 z2_161 z3_161 z4_161 z5_161) 1))
(assert
 (>= z1_162 0))
(assert
 (<= z1_162 1))
(assert
 (>= z2_162 0))
(assert
 (<= z2_162 1))
(assert
 (>= z3_162 0))
(assert
 (<= z3_162 1))
(assert
 (>= z4_162 0))
(assert
 (<= z4_162 1))
(assert
 (>= z5_162 0))
(assert
 (<= z5_162 1))
(assert
 (<= (+ z1_162 z2_162 z3_162 z4_162 z5_162) 1))
(assert
 (>= z1_163 0))
(assert
 (<= z1_163 1))
(assert
 (>= z2_163 0))
(assert
 (<= z2_163 1))
(assert
 (>= z3_163 0))
(assert
 (<= z3_163 1))
(assert
 (>= z4_163 0))
(assert
 (<= z4_163 1))
(assert
 (>= z5_163 0))
(assert
 (<= z5_163 1))
(assert
 (<= (+ z1_163 z2_163 z3_163 z4_163 z5_163) 1))
(assert
 (>= z1_164 0))
(assert
 (<= z1_164 1))
(assert
 (>= z2_164 0))
(assert
 (<= z2_164 1))
(assert
 (>= z3_164 0))
(assert
 (<= z3_164 1))
(assert
 (>= z4_164 0))
(assert
 (<= z4_164 1))
(assert
 (>= z5_164 0))
(assert
 (<= z5_164 1))
(assert
 (<= (+ z1_164 z2_164 z3_164 z4_164 z5_164) 1))
(assert
 (>= z1_165 0))
(assert
 (<= z1_165 1))
(assert
 (>= z2_165 0))
(assert
 (<= z2_165 1))
(assert
 (>= z3_165 0))
(assert
 (<= z3_165 1))
(assert
 (>= z4_165 0))
(assert
 (<= z4_165 1))
(assert
 (>= z5_165 0))
(assert
 (<= z5_165 1))
(assert
 (<= (+ z1_165 z2_165 z3_165 z4_165 z5_165) 1))
(assert
 (>= z1_166 0))
(assert
 (<= z1_166 1))
(assert
 (>= z2_166 0))
(assert
 (<= z2_166 1))
(assert
 (>= z3_166 0))
(assert
 (<= z3_166 1))
(assert
 (>= z4_166 0))
(assert
 (<= z4_166 1))
(assert
 (>= z5_166 0))
(assert
 (<= z5_166 1))
(assert
 (<= (+ z1_166 z2_166 z3_166 z4_166 z5_166) 1))
(assert
 (>= z1_167 0))
(assert
 (<= z1_167 1))
(assert
 (>= z2_167 0))
(assert
 (<= z2_167 1))
(assert
 (>= z3_167 0))
(assert
 (<= z3_167 1))
(assert
 (>= z4_167 0))
(assert
 (<= z4_167 1))
(assert
 (>= z5_167 0))
(assert
 (<= z5_167 1))
(assert
 (<= (+ z1_167 z2_167 z3_167 z4_167 z5_167) 1))
(assert
 (>= z1_168 0))
(assert
 (<= z1_168 1))
(assert
 (>= z2_168 0))
(assert
 (<= z2_168 1))
(assert
 (>= z3_168 0))
(assert
 (<= z3_168 1))
(assert
 (>= z4_168 0))
(assert
 (<= z4_168 1))
(assert
 (>= z5_168 0))
(assert
 (<= z5_168 1))
(assert
 (<= (+ z1_168 z2_168 z3_168 z4_168 z5_168) 1))
(assert
 (>= z1_169 0))
(assert
 (<= z1_169 1))
(assert
 (>= z2_169 0))
(assert
 (<= z2_169 1))
(assert
 (>= z3_169 0))
(assert
 (<= z3_169 1))
(assert
 (>= z4_169 0))
(assert
 (<= z4_169 1))
(assert
 (>= z5_169 0))
(assert
 (<= z5_169 1))
(assert
 (<= (+ z1_169 z2_169 z3_169 z4_169 z5_169) 1))
(assert
 (>= z1_170 0))
(assert
 (<= z1_170 1))
(assert
 (>= z2_170 0))
(assert
 (<= z2_170 1))
(assert
 (>= z3_170 0))
(assert
 (<= z3_170 1))
(assert
 (>= z4_170 0))
(assert
 (<= z4_170 1))
(assert
 (>= z5_170 0))
(assert
 (<= z5_170 1))
(assert
 (<= (+ z1_170 z2_170 z3_170 z4_170 z5_170) 1))
(assert
 (>= z1_171 0))
(assert
 (<= z1_171 1))
(assert
 (>= z2_171 0))
(assert
 (<= z2_171 1))
(assert
 (>= z3_171 0))
(assert
 (<= z3_171 1))
(assert
 (>= z4_171 0))
(assert
 (<= z4_171 1))
(assert
 (>= z5_171 0))
(assert
 (<= z5_171 1))
(assert
 (<= (+ z1_171 z2_171 z3_171 z4_171 z5_171) 1))
(assert
 (>= z1_172 0))
(assert
 (<= z1_172 1))
(assert
 (>= z2_172 0))
(assert
 (<= z2_172 1))
(assert
 (>= z3_172 0))
(assert
 (<= z3_172 1))
(assert
 (>= z4_172 0))
(assert
 (<= z4_172 1))
(assert
 (>= z5_172 0))
(assert
 (<= z5_172 1))
(assert
 (<= (+ z1_172 z2_172 z3_172 z4_172 z5_172) 1))
(assert
 (>= z1_173 0))
(assert
 (<= z1_173 1))
(assert
 (>= z2_173 0))
(assert
 (<= z2_173 1))
(assert
 (>= z3_173 0))
(assert
 (<= z3_173 1))
(assert
 (>= z4_173 0))
(assert
 (<= z4_173 1))
(assert
 (>= z5_173 0))
(assert
 (<= z5_173 1))
(assert
 (<= (+ z1_173 z2_173 z3_173 z4_173 z5_173) 1))
(assert
 (>= z1_174 0))
(assert
 (<= z1_174 1))
(assert
 (>= z2_174 0))
(assert
 (<= z2_174 1))
(assert
 (>= z3_174 0))
(assert
 (<= z3_174 1))
(assert
 (>= z4_174 0))
(assert
 (<= z4_174 1))
(assert
 (>= z5_174 0))
(assert
 (<= z5_174 1))
(assert
 (<= (+ z1_174 z2_174 z3_174 z4_174 z5_174) 1))
(assert
 (>= z1_175 0))
(assert
 (<= z1_175 1))
(assert
 (>= z2_175 0))
(assert
 (<= z2_175 1))
(assert
 (>= z3_175 0))
(assert
 (<= z3_175 1))
(assert
 (>= z4_175 0))
(assert
 (<= z4_175 1))
(assert
 (>= z5_175 0))
(assert
 (<= z5_175 1))
(assert
 (<= (+ z1_175 z2_175 z3_175 z4_175 z5_175) 1))
(assert
 (>= z1_176 0))
(assert
 (<= z1_176 1))
(assert
 (>= z2_176 0))
(assert
 (<= z2_176 1))
(assert
 (>= z3_176 0))
(assert
 (<= z3_176 1))
(assert
 (>= z4_176 0))
(assert
 (<= z4_176 1))
(assert
 (>= z5_176 0))
(assert
 (<= z5_176 1))
(assert
 (<= (+ z1_176 z2_176 z3_176 z4_176 z5_176) 1))
(assert
 (>= z1_177 0))
(assert
 (<= z1_177 1))
(assert
 (>= z2_177 0))
(assert
 (<= z2_177 1))
(assert
 (>= z3_177 0))
(assert
 (<= z3_177 1))
(assert
 (>= z4_177 0))
(assert
 (<= z4_177 1))
(assert
 (>= z5_177 0))
(assert
 (<= z5_177 1))
(assert
 (<= (+ z1_177 z2_177 z3_177 z4_177 z5_177) 1))
(assert
 (>= z1_178 0))
(assert
 (<= z1_178 1))
(assert
 (>= z2_178 0))
(assert
 (<= z2_178 1))
(assert
 (>= z3_178 0))
(assert
 (<= z3_178 1))
(assert
 (>= z4_178 0))
(assert
 (<= z4_178 1))
(assert
 (>= z5_178 0))
(assert
 (<= z5_178 1))
(assert
 (<= (+ z1_178 z2_178 z3_178 z4_178 z5_178) 1))
(assert
 (>= z1_179 0))
(assert
 (<= z1_179 1))
(assert
 (>= z2_179 0))
(assert
 (<= z2_179 1))
(assert
 (>= z3_179 0))
(assert
 (<= z3_179 1))
(assert
 (>= z4_179 0))
(assert
 (<= z4_179 1))
(assert
 (>= z5_179 0))
(assert
 (<= z5_179 1))
(assert
 (<= (+ z1_179 z2_179 z3_179 z4_179 z5_179) 1))
(assert
 (>= z1_180 0))
(assert
 (<= z1_180 1))
(assert
 (>= z2_180 0))
(assert
 (<= z2_180 1))
(assert
 (>= z3_180 0))
(assert
 (<= z3_180 1))
(assert
 (>= z4_180 0))
(assert
 (<= z4_180 1))
(assert
 (>= z5_180 0))
(assert
 (<= z5_180 1))
(assert
 (<= (+ z1_180 z2_180 z3_180 z4_180 z5_180) 1))
(assert
 (>= z1_181 0))
(assert
 (<= z1_181 1))
(assert
 (>= z2_181 0))
(assert
 (<= z2_181 1))
(assert
 (>= z3_181 0))
(assert
 (<= z3_181 1))
(assert
 (>= z4_181 0))
(assert
 (<= z4_181 1))
(assert
 (>= z5_181 0))
(assert
 (<= z5_181 1))
(assert
 (<= (+ z1_181 z2_181 z3_181 z4_181 z5_181) 1))
(assert
 (>= z1_182 0))
(assert
 (<= z1_182 1))
(assert
 (>= z2_182 0))
(assert
 (<= z2_182 1))
(assert
 (>= z3_182 0))
(assert
 (<= z3_182 1))
(assert
 (>= z4_182 0))
(assert
 (<= z4_182 1))
(assert
 (>= z5_182 0))
(assert
 (<= z5_182 1))
(assert
 (<= (+ z1_182 z2_182 z3_182 z4_182 z5_182) 1))
(assert
 (>= z1_183 0))
(assert
 (<= z1_183 1))
(assert
 (>= z2_183 0))
(assert
 (<= z2_183 1))
(assert
 (>= z3_183 0))
(assert
 (<= z3_183 1))
(assert
 (>= z4_183 0))
(assert
 (<= z4_183 1))
(assert
 (>= z5_183 0))
(assert
 (<= z5_183 1))
(assert
 (<= (+ z1_183 z2_183 z3_183 z4_183 z5_183) 1))
(assert
 (>= z1_184 0))
(assert
 (<= z1_184 1))
(assert
 (>= z2_184 0))
(assert
 (<= z2_184 1))
(assert
 (>= z3_184 0))
(assert
 (<= z3_184 1))
(assert
 (>= z4_184 0))
(assert
 (<= z4_184 1))
(assert
 (>= z5_184 0))
(assert
 (<= z5_184 1))
(assert
 (<= (+ z1_184 z2_184 z3_184 z4_184 z5_184) 1))
(assert
 (>= z1_185 0))
(assert
 (<= z1_185 1))
(assert
 (>= z2_185 0))
(assert
 (<= z2_185 1))
(assert
 (>= z3_185 0))
(assert
 (<= z3_185 1))
(assert
 (>= z4_185 0))
(assert
 (<= z4_185 1))
(assert
 (>= z5_185 0))
(assert
 (<= z5_185 1))
(assert
 (<= (+ z1_185 z2_185 z3_185 z4_185 z5_185) 1))
(assert
 (>= z1_186 0))
(assert
 (<= z1_186 1))
(assert
 (>= z2_186 0))
(assert
 (<= z2_186 1))
(assert
 (>= z3_186 0))
(assert
 (<= z3_186 1))
(assert
 (>= z4_186 0))
(assert
 (<= z4_186 1))
(assert
 (>= z5_186 0))
(assert
 (<= z5_186 1))
(assert
 (<= (+ z1_186 z2_186 z3_186 z4_186 z5_186) 1))
(assert
 (>= z1_187 0))
(assert
 (<= z1_187 1))
(assert
 (>= z2_187 0))
(assert
 (<= z2_187 1))
(assert
 (>= z3_187 0))
(assert
 (<= z3_187 1))
(assert
 (>= z4_187 0))
(assert
 (<= z4_187 1))
(assert
 (>= z5_187 0))
(assert
 (<= z5_187 1))
(assert
 (<= (+ z1_187 z2_187 z3_187 z4_187 z5_187) 1))
(assert
 (>= z1_188 0))
(assert
 (<= z1_188 1))
(assert
 (>= z2_188 0))
(assert
 (<= z2_188 1))
(assert
 (>= z3_188 0))
(assert
 (<= z3_188 1))
(assert
 (>= z4_188 0))
(assert
 (<= z4_188 1))
(assert
 (>= z5_188 0))
(assert
 (<= z5_188 1))
(assert
 (<= (+ z1_188 z2_188 z3_188 z4_188 z5_188) 1))
(assert
 (>= z1_189 0))
(assert
 (<= z1_189 1))
(assert
 (>= z2_189 0))
(assert
 (<= z2_189 1))
(assert
 (>= z3_189 0))
(assert
 (<= z3_189 1))
(assert
 (>= z4_189 0))
(assert
 (<= z4_189 1))
(assert
 (>= z5_189 0))
(assert
 (<= z5_189 1))
(assert
 (<= (+ z1_189 z2_189 z3_189 z4_189 z5_189) 1))
(assert
 (>= z1_190 0))
(assert
 (<= z1_190 1))
(assert
 (>= z2_190 0))
(assert
 (<= z2_190 1))
(assert
 (>= z3_190 0))
(assert
 (<= z3_190 1))
(assert
 (>= z4_190 0))
(assert
 (<= z4_190 1))
(assert
 (>= z5_190 0))
(assert
 (<= z5_190 1))
(assert
 (<= (+ z1_190 z2_190 z3_190 z4_190 z5_190) 1))
(assert
 (>= z1_191 0))
(assert
 (<= z1_191 1))
(assert
 (>= z2_191 0))
(assert
 (<= z2_191 1))
(assert
 (>= z3_191 0))
(assert
 (<= z3_191 1))
(assert
 (>= z4_191 0))
(assert
 (<= z4_191 1))
(assert
 (>= z5_191 0))
(assert
 (<= z5_191 1))
(assert
 (<= (+ z1_191 z2_191 z3_191 z4_191 z5_191) 1))
(assert
 (>= z1_192 0))
(assert
 (<= z1_192 1))
(assert
 (>= z2_192 0))
(assert
 (<= z2_192 1))
(assert
 (>= z3_192 0))
(assert
 (<= z3_192 1))
(assert
 (>= z4_192 0))
(assert
 (<= z4_192 1))
(assert
 (>= z5_192 0))
(assert
 (<= z5_192 1))
(assert
 (<= (+ z1_192 z2_192 z3_192 z4_192 z5_192) 1))
(assert
 (>= z1_193 0))
(assert
 (<= z1_193 1))
(assert
 (>= z2_193 0))
(assert
 (<= z2_193 1))
(assert
 (>= z3_193 0))
(assert
 (<= z3_193 1))
(assert
 (>= z4_193 0))
(assert
 (<= z4_193 1))
(assert
 (>= z5_193 0))
(assert
 (<= z5_193 1))
(assert
 (<= (+ z1_193 z2_193 z3_193 z4_193 z5_193) 1))
(assert
 (>= z1_194 0))
(assert
 (<= z1_194 1))
(assert
 (>= z2_194 0))
(assert
 (<= z2_194 1))
(assert
 (>= z3_194 0))
(assert
 (<= z3_194 1))
(assert
 (>= z4_194 0))
(assert
 (<= z4_194 1))
(assert
 (>= z5_194 0))
(assert
 (<= z5_194 1))
(assert
 (<= (+ z1_194 z2_194 z3_194 z4_194 z5_194) 1))
(assert
 (>= z1_195 0))
(assert
 (<= z1_195 1))
(assert
 (>= z2_195 0))
(assert
 (<= z2_195 1))
(assert
 (>= z3_195 0))
(assert
 (<= z3_195 1))
(assert
 (>= z4_195 0))
(assert
 (<= z4_195 1))
(assert
 (>= z5_195 0))
(assert
 (<= z5_195 1))
(assert
 (<= (+ z1_195 z2_195 z3_195 z4_195 z5_195) 1))
(assert
 (>= z1_196 0))
(assert
 (<= z1_196 1))
(assert
 (>= z2_196 0))
(assert
 (<= z2_196 1))
(assert
 (>= z3_196 0))
(assert
 (<= z3_196 1))
(assert
 (>= z4_196 0))
(assert
 (<= z4_196 1))
(assert
 (>= z5_196 0))
(assert
 (<= z5_196 1))
(assert
 (<= (+ z1_196 z2_196 z3_196 z4_196 z5_196) 1))
(assert
 (>= z1_197 0))
(assert
 (<= z1_197 1))
(assert
 (>= z2_197 0))
(assert
 (<= z2_197 1))
(assert
 (>= z3_197 0))
(assert
 (<= z3_197 1))
(assert
 (>= z4_197 0))
(assert
 (<= z4_197 1))
(assert
 (>= z5_197 0))
(assert
 (<= z5_197 1))
(assert
 (<= (+ z1_197 z2_197 z3_197 z4_197 z5_197) 1))
(assert
 (>= z1_198 0))
(assert
 (<= z1_198 1))
(assert
 (>= z2_198 0))
(assert
 (<= z2_198 1))
(assert
 (>= z3_198 0))
(assert
 (<= z3_198 1))
(assert
 (>= z4_198 0))
(assert
 (<= z4_198 1))
(assert
 (>= z5_198 0))
(assert
 (<= z5_198 1))
(assert
 (<= (+ z1_198 z2_198 z3_198 z4_198 z5_198) 1))
(assert
 (>= z1_199 0))
(assert
 (<= z1_199 1))
(assert
 (>= z2_199 0))
(assert
 (<= z2_199 1))
(assert
 (>= z3_199 0))
(assert
 (<= z3_199 1))
(assert
 (>= z4_199 0))
(assert
 (<= z4_199 1))
(assert
 (>= z5_199 0))
(assert
 (<= z5_199 1))
(assert
 (<= (+ z1_199 z2_199 z3_199 z4_199 z5_199) 1))
(assert
 (>= z1_200 0))
(assert
 (<= z1_200 1))
(assert
 (>= z2_200 0))
(assert
 (<= z2_200 1))
(assert
 (>= z3_200 0))
(assert
 (<= z3_200 1))
(assert
 (>= z4_200 0))
(assert
 (<= z4_200 1))
(assert
 (>= z5_200 0))
(assert
 (<= z5_200 1))
(assert
 (<= (+ z1_200 z2_200 z3_200 z4_200 z5_200) 1))
(assert
 (>= z1_201 0))
(assert
 (<= z1_201 1))
(assert
 (>= z2_201 0))
(assert
 (<= z2_201 1))
(assert
 (>= z3_201 0))
(assert
 (<= z3_201 1))
(assert
 (>= z4_201 0))
(assert
 (<= z4_201 1))
(assert
 (>= z5_201 0))
(assert
 (<= z5_201 1))
(assert
 (<= (+ z1_201 z2_201 z3_201 z4_201 z5_201) 1))
(assert
 (>= z1_202 0))
(assert
 (<= z1_202 1))
(assert
 (>= z2_202 0))
(assert
 (<= z2_202 1))
(assert
 (>= z3_202 0))
(assert
 (<= z3_202 1))
(assert
 (>= z4_202 0))
(assert
 (<= z4_202 1))
(assert
 (>= z5_202 0))
(assert
 (<= z5_202 1))
(assert
 (<= (+ z1_202 z2_202 z3_202 z4_202 z5_202) 1))
(assert
 (>= z1_203 0))
(assert
 (<= z1_203 1))
(assert
 (>= z2_203 0))
(assert
 (<= z2_203 1))
(assert
 (>= z3_203 0))
(assert
 (<= z3_203 1))
(assert
 (>= z4_203 0))
(assert
 (<= z4_203 1))
(assert
 (>= z5_203 0))
(assert
 (<= z5_203 1))
(assert
 (<= (+ z1_203 z2_203 z3_203 z4_203 z5_203) 1))
(assert
 (>= z1_204 0))
(assert
 (<= z1_204 1))
(assert
 (>= z2_204 0))
(assert
 (<= z2_204 1))
(assert
 (>= z3_204 0))
(assert
 (<= z3_204 1))
(assert
 (>= z4_204 0))
(assert
 (<= z4_204 1))
(assert
 (>= z5_204 0))
(assert
 (<= z5_204 1))
(assert
 (<= (+ z1_204 z2_204 z3_204 z4_204 z5_204) 1))
(assert
 (>= z1_205 0))
(assert
 (<= z1_205 1))
(assert
 (>= z2_205 0))
(assert
 (<= z2_205 1))
(assert
 (>= z3_205 0))
(assert
 (<= z3_205 1))
(assert
 (>= z4_205 0))
(assert
 (<= z4_205 1))
(assert
 (>= z5_205 0))
(assert
 (<= z5_205 1))
(assert
 (<= (+ z1_205 z2_205 z3_205 z4_205 z5_205) 1))
(assert
 (>= z1_206 0))
(assert
 (<= z1_206 1))
(assert
 (>= z2_206 0))
(assert
 (<= z2_206 1))
(assert
 (>= z3_206 0))
(assert
 (<= z3_206 1))
(assert
 (>= z4_206 0))
(assert
 (<= z4_206 1))
(assert
 (>= z5_206 0))
(assert
 (<= z5_206 1))
(assert
 (<= (+ z1_206 z2_206 z3_206 z4_206 z5_206) 1))
(assert
 (>= z1_207 0))
(assert
 (<= z1_207 1))
(assert
 (>= z2_207 0))
(assert
 (<= z2_207 1))
(assert
 (>= z3_207 0))
(assert
 (<= z3_207 1))
(assert
 (>= z4_207 0))
(assert
 (<= z4_207 1))
(assert
 (>= z5_207 0))
(assert
 (<= z5_207 1))
(assert
 (<= (+ z1_207 z2_207 z3_207 z4_207 z5_207) 1))
(assert
 (>= z1_208 0))
(assert
 (<= z1_208 1))
(assert
 (>= z2_208 0))
(assert
 (<= z2_208 1))
(assert
 (>= z3_208 0))
(assert
 (<= z3_208 1))
(assert
 (>= z4_208 0))
(assert
 (<= z4_208 1))
(assert
 (>= z5_208 0))
(assert
 (<= z5_208 1))
(assert
 (<= (+ z1_208 z2_208 z3_208 z4_208 z5_208) 1))
(assert
 (>= z1_209 0))
(assert
 (<= z1_209 1))
(assert
 (>= z2_209 0))
(assert
 (<= z2_209 1))
(assert
 (>= z3_209 0))
(assert
 (<= z3_209 1))
(assert
 (>= z4_209 0))
(assert
 (<= z4_209 1))
(assert
 (>= z5_209 0))
(assert
 (<= z5_209 1))
(assert
 (<= (+ z1_209 z2_209 z3_209 z4_209 z5_209) 1))
(assert
 (>= z1_210 0))
(assert
 (<= z1_210 1))
(assert
 (>= z2_210 0))
(assert
 (<= z2_210 1))
(assert
 (>= z3_210 0))
(assert
 (<= z3_210 1))
(assert
 (>= z4_210 0))
(assert
 (<= z4_210 1))
(assert
 (>= z5_210 0))
(assert
 (<= z5_210 1))
(assert
 (<= (+ z1_210 z2_210 z3_210 z4_210 z5_210) 1))
(assert
 (>= z1_211 0))
(assert
 (<= z1_211 1))
(assert
 (>= z2_211 0))
(assert
 (<= z2_211 1))
(assert
 (>= z3_211 0))
(assert
 (<= z3_211 1))
(assert
 (>= z4_211 0))
(assert
 (<= z4_211 1))
(assert
 (>= z5_211 0))
(assert
 (<= z5_211 1))
(assert
 (<= (+ z1_211 z2_211 z3_211 z4_211 z5_211) 1))
(assert
 (>= z1_212 0))
(assert
 (<= z1_212 1))
(assert
 (>= z2_212 0))
(assert
 (<= z2_212 1))
(assert
 (>= z3_212 0))
(assert
 (<= z3_212 1))
(assert
 (>= z4_212 0))
(assert
 (<= z4_212 1))
(assert
 (>= z5_212 0))
(assert
 (<= z5_212 1))
(assert
 (<= (+ z1_212 z2_212 z3_212 z4_212 z5_212) 1))
(assert
 (>= z1_213 0))
(assert
 (<= z1_213 1))
(assert
 (>= z2_213 0))
(assert
 (<= z2_213 1))
(assert
 (>= z3_213 0))
(assert
 (<= z3_213 1))
(assert
 (>= z4_213 0))
(assert
 (<= z4_213 1))
(assert
 (>= z5_213 0))
(assert
 (<= z5_213 1))
(assert
 (<= (+ z1_213 z2_213 z3_213 z4_213 z5_213) 1))
(assert
 (>= z1_214 0))
(assert
 (<= z1_214 1))
(assert
 (>= z2_214 0))
(assert
 (<= z2_214 1))
(assert
 (>= z3_214 0))
(assert
 (<= z3_214 1))
(assert
 (>= z4_214 0))
(assert
 (<= z4_214 1))
(assert
 (>= z5_214 0))
(assert
 (<= z5_214 1))
(assert
 (<= (+ z1_214 z2_214 z3_214 z4_214 z5_214) 1))
(assert
 (>= z1_215 0))
(assert
 (<= z1_215 1))
(assert
 (>= z2_215 0))
(assert
 (<= z2_215 1))
(assert
 (>= z3_215 0))
(assert
 (<= z3_215 1))
(assert
 (>= z4_215 0))
(assert
 (<= z4_215 1))
(assert
 (>= z5_215 0))
(assert
 (<= z5_215 1))
(assert
 (<= (+ z1_215 z2_215 z3_215 z4_215 z5_215) 1))
(assert
 (>= z1_216 0))
(assert
 (<= z1_216 1))
(assert
 (>= z2_216 0))
(assert
 (<= z2_216 1))
(assert
 (>= z3_216 0))
(assert
 (<= z3_216 1))
(assert
 (>= z4_216 0))
(assert
 (<= z4_216 1))
(assert
 (>= z5_216 0))
(assert
 (<= z5_216 1))
(assert
 (<= (+ z1_216 z2_216 z3_216 z4_216 z5_216) 1))
(assert
 (>= z1_217 0))
(assert
 (<= z1_217 1))
(assert
 (>= z2_217 0))
(assert
 (<= z2_217 1))
(assert
 (>= z3_217 0))
(assert
 (<= z3_217 1))
(assert
 (>= z4_217 0))
(assert
 (<= z4_217 1))
(assert
 (>= z5_217 0))
(assert
 (<= z5_217 1))
(assert
 (<= (+ z1_217 z2_217 z3_217 z4_217 z5_217) 1))
(assert
 (>= z1_218 0))
(assert
 (<= z1_218 1))
(assert
 (>= z2_218 0))
(assert
 (<= z2_218 1))
(assert
 (>= z3_218 0))
(assert
 (<= z3_218 1))
(assert
 (>= z4_218 0))
(assert
 (<= z4_218 1))
(assert
 (>= z5_218 0))
(assert
 (<= z5_218 1))
(assert
 (<= (+ z1_218 z2_218 z3_218 z4_218 z5_218) 1))
(assert
 (>= z1_219 0))
(assert
 (<= z1_219 1))
(assert
 (>= z2_219 0))
(assert
 (<= z2_219 1))
(assert
 (>= z3_219 0))
(assert
 (<= z3_219 1))
(assert
 (>= z4_219 0))
(assert
 (<= z4_219 1))
(assert
 (>= z5_219 0))
(assert
 (<= z5_219 1))
(assert
 (<= (+ z1_219 z2_219 z3_219 z4_219 z5_219) 1))
(assert
 (>= z1_220 0))
(assert
 (<= z1_220 1))
(assert
 (>= z2_220 0))
(assert
 (<= z2_220 1))
(assert
 (>= z3_220 0))
(assert
 (<= z3_220 1))
(assert
 (>= z4_220 0))
(assert
 (<= z4_220 1))
(assert
 (>= z5_220 0))
(assert
 (<= z5_220 1))
(assert
 (<= (+ z1_220 z2_220 z3_220 z4_220 z5_220) 1))
(assert
 (>= z1_221 0))
(assert
 (<= z1_221 1))
(assert
 (>= z2_221 0))
(assert
 (<= z2_221 1))
(assert
 (>= z3_221 0))
(assert
 (<= z3_221 1))
(assert
 (>= z4_221 0))
(assert
 (<= z4_221 1))
(assert
 (>= z5_221 0))
(assert
 (<= z5_221 1))
(assert
 (<= (+ z1_221 z2_221 z3_221 z4_221 z5_221) 1))
(assert
 (>= z1_222 0))
(assert
 (<= z1_222 1))
(assert
 (>= z2_222 0))
(assert
 (<= z2_222 1))
(assert
 (>= z3_222 0))
(assert
 (<= z3_222 1))
(assert
 (>= z4_222 0))
(assert
 (<= z4_222 1))
(assert
 (>= z5_222 0))
(assert
 (<= z5_222 1))
(assert
 (<= (+ z1_222 z2_222 z3_222 z4_222 z5_222) 1))
(assert
 (>= z1_223 0))
(assert
 (<= z1_223 1))
(assert
 (>= z2_223 0))
(assert
 (<= z2_223 1))
(assert
 (>= z3_223 0))
(assert
 (<= z3_223 1))
(assert
 (>= z4_223 0))
(assert
 (<= z4_223 1))
(assert
 (>= z5_223 0))
(assert
 (<= z5_223 1))
(assert
 (<= (+ z1_223 z2_223 z3_223 z4_223 z5_223) 1))
(assert
 (>= z1_224 0))
(assert
 (<= z1_224 1))
(assert
 (>= z2_224 0))
(assert
 (<= z2_224 1))
(assert
 (>= z3_224 0))
(assert
 (<= z3_224 1))
(assert
 (>= z4_224 0))
(assert
 (<= z4_224 1))
(assert
 (>= z5_224 0))
(assert
 (<= z5_224 1))
(assert
 (<= (+ z1_224 z2_224 z3_224 z4_224 z5_224) 1))
(assert
 (>= z1_225 0))
(assert
 (<= z1_225 1))
(assert
 (>= z2_225 0))
(assert
 (<= z2_225 1))
(assert
 (>= z3_225 0))
(assert
 (<= z3_225 1))
(assert
 (>= z4_225 0))
(assert
 (<= z4_225 1))
(assert
 (>= z5_225 0))
(assert
 (<= z5_225 1))
(assert
 (<= (+ z1_225 z2_225 z3_225 z4_225 z5_225) 1))
(assert
 (>= z1_226 0))
(assert
 (<= z1_226 1))
(assert
 (>= z2_226 0))
(assert
 (<= z2_226 1))
(assert
 (>= z3_226 0))
(assert
 (<= z3_226 1))
(assert
 (>= z4_226 0))
(assert
 (<= z4_226 1))
(assert
 (>= z5_226 0))
(assert
 (<= z5_226 1))
(assert
 (<= (+ z1_226 z2_226 z3_226 z4_226 z5_226) 1))
(assert
 (>= z1_227 0))
(assert
 (<= z1_227 1))
(assert
 (>= z2_227 0))
(assert
 (<= z2_227 1))
(assert
 (>= z3_227 0))
(assert
 (<= z3_227 1))
(assert
 (>= z4_227 0))
(assert
 (<= z4_227 1))
(assert
 (>= z5_227 0))
(assert
 (<= z5_227 1))
(assert
 (<= (+ z1_227 z2_227 z3_227 z4_227 z5_227) 1))
(assert
 (>= z1_228 0))
(assert
 (<= z1_228 1))
(assert
 (>= z2_228 0))
(assert
 (<= z2_228 1))
(assert
 (>= z3_228 0))
(assert
 (<= z3_228 1))
(assert
 (>= z4_228 0))
(assert
 (<= z4_228 1))
(assert
 (>= z5_228 0))
(assert
 (<= z5_228 1))
(assert
 (<= (+ z1_228 z2_228 z3_228 z4_228 z5_228) 1))
(assert
 (>= z1_229 0))
(assert
 (<= z1_229 1))
(assert
 (>= z2_229 0))
(assert
 (<= z2_229 1))
(assert
 (>= z3_229 0))
(assert
 (<= z3_229 1))
(assert
 (>= z4_229 0))
(assert
 (<= z4_229 1))
(assert
 (>= z5_229 0))
(assert
 (<= z5_229 1))
(assert
 (<= (+ z1_229 z2_229 z3_229 z4_229 z5_229) 1))
(assert
 (>= z1_230 0))
(assert
 (<= z1_230 1))
(assert
 (>= z2_230 0))
(assert
 (<= z2_230 1))
(assert
 (>= z3_230 0))
(assert
 (<= z3_230 1))
(assert
 (>= z4_230 0))
(assert
 (<= z4_230 1))
(assert
 (>= z5_230 0))
(assert
 (<= z5_230 1))
(assert
 (<= (+ z1_230 z2_230 z3_230 z4_230 z5_230) 1))
(assert
 (>= z1_231 0))
(assert
 (<= z1_231 1))
(assert
 (>= z2_231 0))
(assert
 (<= z2_231 1))
(assert
 (>= z3_231 0))
(assert
 (<= z3_231 1))
(assert
 (>= z4_231 0))
(assert
 (<= z4_231 1))
(assert
 (>= z5_231 0))
(assert
 (<= z5_231 1))
(assert
 (<= (+ z1_231 z2_231 z3_231 z4_231 z5_231) 1))
(assert
 (>= z1_232 0))
(assert
 (<= z1_232 1))
(assert
 (>= z2_232 0))
(assert
 (<= z2_232 1))
(assert
 (>= z3_232 0))
(assert
 (<= z3_232 1))
(assert
 (>= z4_232 0))
(assert
 (<= z4_232 1))
(assert
 (>= z5_232 0))
(assert
 (<= z5_232 1))
(assert
 (<= (+ z1_232 z2_232 z3_232 z4_232 z5_232) 1))
(assert
 (>= z1_233 0))
(assert
 (<= z1_233 1))
(assert
 (>= z2_233 0))
(assert
 (<= z2_233 1))
(assert
 (>= z3_233 0))
(assert
 (<= z3_233 1))
(assert
 (>= z4_233 0))
(assert
 (<= z4_233 1))
(assert
 (>= z5_233 0))
(assert
 (<= z5_233 1))
(assert
 (<= (+ z1_233 z2_233 z3_233 z4_233 z5_233) 1))
(assert
 (>= z1_234 0))
(assert
 (<= z1_234 1))
(assert
 (>= z2_234 0))
(assert
 (<= z2_234 1))
(assert
 (>= z3_234 0))
(assert
 (<= z3_234 1))
(assert
 (>= z4_234 0))
(assert
 (<= z4_234 1))
(assert
 (>= z5_234 0))
(assert
 (<= z5_234 1))
(assert
 (<= (+ z1_234 z2_234 z3_234 z4_234 z5_234) 1))
(assert
 (>= z1_235 0))
(assert
 (<= z1_235 1))
(assert
 (>= z2_235 0))
(assert
 (<= z2_235 1))
(assert
 (>= z3_235 0))
(assert
 (<= z3_235 1))
(assert
 (>= z4_235 0))
(assert
 (<= z4_235 1))
(assert
 (>= z5_235 0))
(assert
 (<= z5_235 1))
(assert
 (<= (+ z1_235 z2_235 z3_235 z4_235 z5_235) 1))
(assert
 (>= z1_236 0))
(assert
 (<= z1_236 1))
(assert
 (>= z2_236 0))
(assert
 (<= z2_236 1))
(assert
 (>= z3_236 0))
(assert
 (<= z3_236 1))
(assert
 (>= z4_236 0))
(assert
 (<= z4_236 1))
(assert
 (>= z5_236 0))
(assert
 (<= z5_236 1))
(assert
 (<= (+ z1_236 z2_236 z3_236 z4_236 z5_236) 1))
(assert
 (>= z1_237 0))
(assert
 (<= z1_237 1))
(assert
 (>= z2_237 0))
(assert
 (<= z2_237 1))
(assert
 (>= z3_237 0))
(assert
 (<= z3_237 1))
(assert
 (>= z4_237 0))
(assert
 (<= z4_237 1))
(assert
 (>= z5_237 0))
(assert
 (<= z5_237 1))
(assert
 (<= (+ z1_237 z2_237 z3_237 z4_237 z5_237) 1))
(assert
 (>= z1_238 0))
(assert
 (<= z1_238 1))
(assert
 (>= z2_238 0))
(assert
 (<= z2_238 1))
(assert
 (>= z3_238 0))
(assert
 (<= z3_238 1))
(assert
 (>= z4_238 0))
(assert
 (<= z4_238 1))
(assert
 (>= z5_238 0))
(assert
 (<= z5_238 1))
(assert
 (<= (+ z1_238 z2_238 z3_238 z4_238 z5_238) 1))
(assert
 (>= z1_239 0))
(assert
 (<= z1_239 1))
(assert
 (>= z2_239 0))
(assert
 (<= z2_239 1))
(assert
 (>= z3_239 0))
(assert
 (<= z3_239 1))
(assert
 (>= z4_239 0))
(assert
 (<= z4_239 1))
(assert
 (>= z5_239 0))
(assert
 (<= z5_239 1))
(assert
 (<= (+ z1_239 z2_239 z3_239 z4_239 z5_239) 1))
(assert
 (>= z1_240 0))
(assert
 (<= z1_240 1))
(assert
 (>= z2_240 0))
(assert
 (<= z2_240 1))
(assert
 (>= z3_240 0))
(assert
 (<= z3_240 1))
(assert
 (>= z4_240 0))
(assert
 (<= z4_240 1))
(assert
 (>= z5_240 0))
(assert
 (<= z5_240 1))
(assert
 (<= (+ z1_240 z2_240 z3_240 z4_240 z5_240) 1))
(assert
 (>= z1_241 0))
(assert
 (<= z1_241 1))
(assert
 (>= z2_241 0))
(assert
 (<= z2_241 1))
(assert
 (>= z3_241 0))
(assert
 (<= z3_241 1))
(assert
 (>= z4_241 0))
(assert
 (<= z4_241 1))
(assert
 (>= z5_241 0))
(assert
 (<= z5_241 1))
(assert
 (<= (+ z1_241 z2_241 z3_241 z4_241 z5_241) 1))
(assert
 (>= z1_242 0))
(assert
 (<= z1_242 1))
(assert
 (>= z2_242 0))
(assert
 (<= z2_242 1))
(assert
 (>= z3_242 0))
(assert
 (<= z3_242 1))
(assert
 (>= z4_242 0))
(assert
 (<= z4_242 1))
(assert
 (>= z5_242 0))
(assert
 (<= z5_242 1))
(assert
 (<= (+ z1_242 z2_242 z3_242 z4_242 z5_242) 1))
(assert
 (>= z1_243 0))
(assert
 (<= z1_243 1))
(assert
 (>= z2_243 0))
(assert
 (<= z2_243 1))
(assert
 (>= z3_243 0))
(assert
 (<= z3_243 1))
(assert
 (>= z4_243 0))
(assert
 (<= z4_243 1))
(assert
 (>= z5_243 0))
(assert
 (<= z5_243 1))
(assert
 (<= (+ z1_243 z2_243 z3_243 z4_243 z5_243) 1))
(assert
 (>= z1_244 0))
(assert
 (<= z1_244 1))
(assert
 (>= z2_244 0))
(assert
 (<= z2_244 1))
(assert
 (>= z3_244 0))
(assert
 (<= z3_244 1))
(assert
 (>= z4_244 0))
(assert
 (<= z4_244 1))
(assert
 (>= z5_244 0))
(assert
 (<= z5_244 1))
(assert
 (<= (+ z1_244 z2_244 z3_244 z4_244 z5_244) 1))
(assert
 (>= z1_245 0))
(assert
 (<= z1_245 1))
(assert
 (>= z2_245 0))
(assert
 (<= z2_245 1))
(assert
 (>= z3_245 0))
(assert
 (<= z3_245 1))
(assert
 (>= z4_245 0))
(assert
 (<= z4_245 1))
(assert
 (>= z5_245 0))
(assert
 (<= z5_245 1))
(assert
 (<= (+ z1_245 z2_245 z3_245 z4_245 z5_245) 1))
(assert
 (>= z1_246 0))
(assert
 (<= z1_246 1))
(assert
 (>= z2_246 0))
(assert
 (<= z2_246 1))
(assert
 (>= z3_246 0))
(assert
 (<= z3_246 1))
(assert
 (>= z4_246 0))
(assert
 (<= z4_246 1))
(assert
 (>= z5_246 0))
(assert
 (<= z5_246 1))
(assert
 (<= (+ z1_246 z2_246 z3_246 z4_246 z5_246) 1))
(assert
 (>= z1_247 0))
(assert
 (<= z1_247 1))
(assert
 (>= z2_247 0))
(assert
 (<= z2_247 1))
(assert
 (>= z3_247 0))
(assert
 (<= z3_247 1))
(assert
 (>= z4_247 0))
(assert
 (<= z4_247 1))
(assert
 (>= z5_247 0))
(assert
 (<= z5_247 1))
(assert
 (<= (+ z1_247 z2_247 z3_247 z4_247 z5_247) 1))
(assert
 (>= z1_248 0))
(assert
 (<= z1_248 1))
(assert
 (>= z2_248 0))
(assert
 (<= z2_248 1))
(assert
 (>= z3_248 0))
(assert
 (<= z3_248 1))
(assert
 (>= z4_248 0))
(assert
 (<= z4_248 1))
(assert
 (>= z5_248 0))
(assert
 (<= z5_248 1))
(assert
 (<= (+ z1_248 z2_248 z3_248 z4_248 z5_248) 1))
(assert
 (>= z1_249 0))
(assert
 (<= z1_249 1))
(assert
 (>= z2_249 0))
(assert
 (<= z2_249 1))
(assert
 (>= z3_249 0))
(assert
 (<= z3_249 1))
(assert
 (>= z4_249 0))
(assert
 (<= z4_249 1))
(assert
 (>= z5_249 0))
(assert
 (<= z5_249 1))
(assert
 (<= (+ z1_249 z2_249 z3_249 z4_249 z5_249) 1))
(assert
 (>= z1_250 0))
(assert
 (<= z1_250 1))
(assert
 (>= z2_250 0))
(assert
 (<= z2_250 1))
(assert
 (>= z3_250 0))
(assert
 (<= z3_250 1))
(assert
 (>= z4_250 0))
(assert
 (<= z4_250 1))
(assert
 (>= z5_250 0))
(assert
 (<= z5_250 1))
(assert
 (<= (+ z1_250 z2_250 z3_250 z4_250 z5_250) 1))
(assert
 (>= z1_251 0))
(assert
 (<= z1_251 1))
(assert
 (>= z2_251 0))
(assert
 (<= z2_251 1))
(assert
 (>= z3_251 0))
(assert
 (<= z3_251 1))
(assert
 (>= z4_251 0))
(assert
 (<= z4_251 1))
(assert
 (>= z5_251 0))
(assert
 (<= z5_251 1))
(assert
 (<= (+ z1_251 z2_251 z3_251 z4_251 z5_251) 1))
(assert
 (>= z1_252 0))
(assert
 (<= z1_252 1))
(assert
 (>= z2_252 0))
(assert
 (<= z2_252 1))
(assert
 (>= z3_252 0))
(assert
 (<= z3_252 1))
(assert
 (>= z4_252 0))
(assert
 (<= z4_252 1))
(assert
 (>= z5_252 0))
(assert
 (<= z5_252 1))
(assert
 (<= (+ z1_252 z2_252 z3_252 z4_252 z5_252) 1))
(assert
 (>= z1_253 0))
(assert
 (<= z1_253 1))
(assert
 (>= z2_253 0))
(assert
 (<= z2_253 1))
(assert
 (>= z3_253 0))
(assert
 (<= z3_253 1))
(assert
 (>= z4_253 0))
(assert
 (<= z4_253 1))
(assert
 (>= z5_253 0))
(assert
 (<= z5_253 1))
(assert
 (<= (+ z1_253 z2_253 z3_253 z4_253 z5_253) 1))
(assert
 (>= z1_254 0))
(assert
 (<= z1_254 1))
(assert
 (>= z2_254 0))
(assert
 (<= z2_254 1))
(assert
 (>= z3_254 0))
(assert
 (<= z3_254 1))
(assert
 (>= z4_254 0))
(assert
 (<= z4_254 1))
(assert
 (>= z5_254 0))
(assert
 (<= z5_254 1))
(assert
 (<= (+ z1_254 z2_254 z3_254 z4_254 z5_254) 1))
(assert
 (>= z1_255 0))
(assert
 (<= z1_255 1))
(assert
 (>= z2_255 0))
(assert
 (<= z2_255 1))
(assert
 (>= z3_255 0))
(assert
 (<= z3_255 1))
(assert
 (>= z4_255 0))
(assert
 (<= z4_255 1))
(assert
 (>= z5_255 0))
(assert
 (<= z5_255 1))
(assert
 (<= (+ z1_255 z2_255 z3_255 z4_255 z5_255) 1))
(assert
 (>= z1_256 0))
(assert
 (<= z1_256 1))
(assert
 (>= z2_256 0))
(assert
 (<= z2_256 1))
(assert
 (>= z3_256 0))
(assert
 (<= z3_256 1))
(assert
 (>= z4_256 0))
(assert
 (<= z4_256 1))
(assert
 (>= z5_256 0))
(assert
 (<= z5_256 1))
(assert
 (<= (+ z1_256 z2_256 z3_256 z4_256 z5_256) 1))
(assert
 (>= z1_257 0))
(assert
 (<= z1_257 1))
(assert
 (>= z2_257 0))
(assert
 (<= z2_257 1))
(assert
 (>= z3_257 0))
(assert
 (<= z3_257 1))
(assert
 (>= z4_257 0))
(assert
 (<= z4_257 1))
(assert
 (>= z5_257 0))
(assert
 (<= z5_257 1))
(assert
 (<= (+ z1_257 z2_257 z3_257 z4_257 z5_257) 1))
(assert
 (>= z1_258 0))
(assert
 (<= z1_258 1))
(assert
 (>= z2_258 0))
(assert
 (<= z2_258 1))
(assert
 (>= z3_258 0))
(assert
 (<= z3_258 1))
(assert
 (>= z4_258 0))
(assert
 (<= z4_258 1))
(assert
 (>= z5_258 0))
(assert
 (<= z5_258 1))
(assert
 (<= (+ z1_258 z2_258 z3_258 z4_258 z5_258) 1))
(assert
 (>= z1_259 0))
(assert
 (<= z1_259 1))
(assert
 (>= z2_259 0))
(assert
 (<= z2_259 1))
(assert
 (>= z3_259 0))
(assert
 (<= z3_259 1))
(assert
 (>= z4_259 0))
(assert
 (<= z4_259 1))
(assert
 (>= z5_259 0))
(assert
 (<= z5_259 1))
(assert
 (<= (+ z1_259 z2_259 z3_259 z4_259 z5_259) 1))
(assert
 (>= z1_260 0))
(assert
 (<= z1_260 1))
(assert
 (>= z2_260 0))
(assert
 (<= z2_260 1))
(assert
 (>= z3_260 0))
(assert
 (<= z3_260 1))
(assert
 (>= z4_260 0))
(assert
 (<= z4_260 1))
(assert
 (>= z5_260 0))
(assert
 (<= z5_260 1))
(assert
 (<= (+ z1_260 z2_260 z3_260 z4_260 z5_260) 1))
(assert
 (>= z1_261 0))
(assert
 (<= z1_261 1))
(assert
 (>= z2_261 0))
(assert
 (<= z2_261 1))
(assert
 (>= z3_261 0))
(assert
 (<= z3_261 1))
(assert
 (>= z4_261 0))
(assert
 (<= z4_261 1))
(assert
 (>= z5_261 0))
(assert
 (<= z5_261 1))
(assert
 (<= (+ z1_261 z2_261 z3_261 z4_261 z5_261) 1))
(assert
 (>= z1_262 0))
(assert
 (<= z1_262 1))
(assert
 (>= z2_262 0))
(assert
 (<= z2_262 1))
(assert
 (>= z3_262 0))
(assert
 (<= z3_262 1))
(assert
 (>= z4_262 0))
(assert
 (<= z4_262 1))
(assert
 (>= z5_262 0))
(assert
 (<= z5_262 1))
(assert
 (<= (+ z1_262 z2_262 z3_262 z4_262 z5_262) 1))
(assert
 (>= z1_263 0))
(assert
 (<= z1_263 1))
(assert
 (>= z2_263 0))
(assert
 (<= z2_263 1))
(assert
 (>= z3_263 0))
(assert
 (<= z3_263 1))
(assert
 (>= z4_263 0))
(assert
 (<= z4_263 1))
(assert
 (>= z5_263 0))
(assert
 (<= z5_263 1))
(assert
 (<= (+ z1_263 z2_263 z3_263 z4_263 z5_263) 1))
(assert
 (>= z1_264 0))
(assert
 (<= z1_264 1))
(assert
 (>= z2_264 0))
(assert
 (<= z2_264 1))
(assert
 (>= z3_264 0))
(assert
 (<= z3_264 1))
(assert
 (>= z4_264 0))
(assert
 (<= z4_264 1))
(assert
 (>= z5_264 0))
(assert
 (<= z5_264 1))
(assert
 (<= (+ z1_264 z2_264 z3_264 z4_264 z5_264) 1))
(assert
 (>= z1_265 0))
(assert
 (<= z1_265 1))
(assert
 (>= z2_265 0))
(assert
 (<= z2_265 1))
(assert
 (>= z3_265 0))
(assert
 (<= z3_265 1))
(assert
 (>= z4_265 0))
(assert
 (<= z4_265 1))
(assert
 (>= z5_265 0))
(assert
 (<= z5_265 1))
(assert
 (<= (+ z1_265 z2_265 z3_265 z4_265 z5_265) 1))
(assert
 (>= z1_266 0))
(assert
 (<= z1_266 1))
(assert
 (>= z2_266 0))
(assert
 (<= z2_266 1))
(assert
 (>= z3_266 0))
(assert
 (<= z3_266 1))
(assert
 (>= z4_266 0))
(assert
 (<= z4_266 1))
(assert
 (>= z5_266 0))
(assert
 (<= z5_266 1))
(assert
 (<= (+ z1_266 z2_266 z3_266 z4_266 z5_266) 1))
(assert
 (>= z1_267 0))
(assert
 (<= z1_267 1))
(assert
 (>= z2_267 0))
(assert
 (<= z2_267 1))
(assert
 (>= z3_267 0))
(assert
 (<= z3_267 1))
(assert
 (>= z4_267 0))
(assert
 (<= z4_267 1))
(assert
 (>= z5_267 0))
(assert
 (<= z5_267 1))
(assert
 (<= (+ z1_267 z2_267 z3_267 z4_267 z5_267) 1))
(assert
 (>= z1_268 0))
(assert
 (<= z1_268 1))
(assert
 (>= z2_268 0))
(assert
 (<= z2_268 1))
(assert
 (>= z3_268 0))
(assert
 (<= z3_268 1))
(assert
 (>= z4_268 0))
(assert
 (<= z4_268 1))
(assert
 (>= z5_268 0))
(assert
 (<= z5_268 1))
(assert
 (<= (+ z1_268 z2_268 z3_268 z4_268 z5_268) 1))
(assert
 (>= z1_269 0))
(assert
 (<= z1_269 1))
(assert
 (>= z2_269 0))
(assert
 (<= z2_269 1))
(assert
 (>= z3_269 0))
(assert
 (<= z3_269 1))
(assert
 (>= z4_269 0))
(assert
 (<= z4_269 1))
(assert
 (>= z5_269 0))
(assert
 (<= z5_269 1))
(assert
 (<= (+ z1_269 z2_269 z3_269 z4_269 z5_269) 1))
(assert
 (>= z1_270 0))
(assert
 (<= z1_270 1))
(assert
 (>= z2_270 0))
(assert
 (<= z2_270 1))
(assert
 (>= z3_270 0))
(assert
 (<= z3_270 1))
(assert
 (>= z4_270 0))
(assert
 (<= z4_270 1))
(assert
 (>= z5_270 0))
(assert
 (<= z5_270 1))
(assert
 (<= (+ z1_270 z2_270 z3_270 z4_270 z5_270) 1))
(assert
 (>= z1_271 0))
(assert
 (<= z1_271 1))
(assert
 (>= z2_271 0))
(assert
 (<= z2_271 1))
(assert
 (>= z3_271 0))
(assert
 (<= z3_271 1))
(assert
 (>= z4_271 0))
(assert
 (<= z4_271 1))
(assert
 (>= z5_271 0))
(assert
 (<= z5_271 1))
(assert
 (<= (+ z1_271 z2_271 z3_271 z4_271 z5_271) 1))
(assert
 (>= z1_272 0))
(assert
 (<= z1_272 1))
(assert
 (>= z2_272 0))
(assert
 (<= z2_272 1))
(assert
 (>= z3_272 0))
(assert
 (<= z3_272 1))
(assert
 (>= z4_272 0))
(assert
 (<= z4_272 1))
(assert
 (>= z5_272 0))
(assert
 (<= z5_272 1))
(assert
 (<= (+ z1_272 z2_272 z3_272 z4_272 z5_272) 1))
(assert
 (>= z1_273 0))
(assert
 (<= z1_273 1))
(assert
 (>= z2_273 0))
(assert
 (<= z2_273 1))
(assert
 (>= z3_273 0))
(assert
 (<= z3_273 1))
(assert
 (>= z4_273 0))
(assert
 (<= z4_273 1))
(assert
 (>= z5_273 0))
(assert
 (<= z5_273 1))
(assert
 (<= (+ z1_273 z2_273 z3_273 z4_273 z5_273) 1))
(assert
 (>= z1_274 0))
(assert
 (<= z1_274 1))
(assert
 (>= z2_274 0))
(assert
 (<= z2_274 1))
(assert
 (>= z3_274 0))
(assert
 (<= z3_274 1))
(assert
 (>= z4_274 0))
(assert
 (<= z4_274 1))
(assert
 (>= z5_274 0))
(assert
 (<= z5_274 1))
(assert
 (<= (+ z1_274 z2_274 z3_274 z4_274 z5_274) 1))
(assert
 (>= z1_275 0))
(assert
 (<= z1_275 1))
(assert
 (>= z2_275 0))
(assert
 (<= z2_275 1))
(assert
 (>= z3_275 0))
(assert
 (<= z3_275 1))
(assert
 (>= z4_275 0))
(assert
 (<= z4_275 1))
(assert
 (>= z5_275 0))
(assert
 (<= z5_275 1))
(assert
 (<= (+ z1_275 z2_275 z3_275 z4_275 z5_275) 1))
(assert
 (>= z1_276 0))
(assert
 (<= z1_276 1))
(assert
 (>= z2_276 0))
(assert
 (<= z2_276 1))
(assert
 (>= z3_276 0))
(assert
 (<= z3_276 1))
(assert
 (>= z4_276 0))
(assert
 (<= z4_276 1))
(assert
 (>= z5_276 0))
(assert
 (<= z5_276 1))
(assert
 (<= (+ z1_276 z2_276 z3_276 z4_276 z5_276) 1))
(assert
 (>= z1_277 0))
(assert
 (<= z1_277 1))
(assert
 (>= z2_277 0))
(assert
 (<= z2_277 1))
(assert
 (>= z3_277 0))
(assert
 (<= z3_277 1))
(assert
 (>= z4_277 0))
(assert
 (<= z4_277 1))
(assert
 (>= z5_277 0))
(assert
 (<= z5_277 1))
(assert
 (<= (+ z1_277 z2_277 z3_277 z4_277 z5_277) 1))
(assert
 (>= z1_278 0))
(assert
 (<= z1_278 1))
(assert
 (>= z2_278 0))
(assert
 (<= z2_278 1))
(assert
 (>= z3_278 0))
(assert
 (<= z3_278 1))
(assert
 (>= z4_278 0))
(assert
 (<= z4_278 1))
(assert
 (>= z5_278 0))
(assert
 (<= z5_278 1))
(assert
 (<= (+ z1_278 z2_278 z3_278 z4_278 z5_278) 1))
(assert
 (>= z1_279 0))
(assert
 (<= z1_279 1))
(assert
 (>= z2_279 0))
(assert
 (<= z2_279 1))
(assert
 (>= z3_279 0))
(assert
 (<= z3_279 1))
(assert
 (>= z4_279 0))
(assert
 (<= z4_279 1))
(assert
 (>= z5_279 0))
(assert
 (<= z5_279 1))
(assert
 (<= (+ z1_279 z2_279 z3_279 z4_279 z5_279) 1))
(assert
 (>= z1_280 0))
(assert
 (<= z1_280 1))
(assert
 (>= z2_280 0))
(assert
 (<= z2_280 1))
(assert
 (>= z3_280 0))
(assert
 (<= z3_280 1))
(assert
 (>= z4_280 0))
(assert
 (<= z4_280 1))
(assert
 (>= z5_280 0))
(assert
 (<= z5_280 1))
(assert
 (<= (+ z1_280 z2_280 z3_280 z4_280 z5_280) 1))
(assert
 (>= z1_281 0))
(assert
 (<= z1_281 1))
(assert
 (>= z2_281 0))
(assert
 (<= z2_281 1))
(assert
 (>= z3_281 0))
(assert
 (<= z3_281 1))
(assert
 (>= z4_281 0))
(assert
 (<= z4_281 1))
(assert
 (>= z5_281 0))
(assert
 (<= z5_281 1))
(assert
 (<= (+ z1_281 z2_281 z3_281 z4_281 z5_281) 1))
(assert
 (>= z1_282 0))
(assert
 (<= z1_282 1))
(assert
 (>= z2_282 0))
(assert
 (<= z2_282 1))
(assert
 (>= z3_282 0))
(assert
 (<= z3_282 1))
(assert
 (>= z4_282 0))
(assert
 (<= z4_282 1))
(assert
 (>= z5_282 0))
(assert
 (<= z5_282 1))
(assert
 (<= (+ z1_282 z2_282 z3_282 z4_282 z5_282) 1))
(assert
 (>= z1_283 0))
(assert
 (<= z1_283 1))
(assert
 (>= z2_283 0))
(assert
 (<= z2_283 1))
(assert
 (>= z3_283 0))
(assert
 (<= z3_283 1))
(assert
 (>= z4_283 0))
(assert
 (<= z4_283 1))
(assert
 (>= z5_283 0))
(assert
 (<= z5_283 1))
(assert
 (<= (+ z1_283 z2_283 z3_283 z4_283 z5_283) 1))
(assert
 (>= z1_284 0))
(assert
 (<= z1_284 1))
(assert
 (>= z2_284 0))
(assert
 (<= z2_284 1))
(assert
 (>= z3_284 0))
(assert
 (<= z3_284 1))
(assert
 (>= z4_284 0))
(assert
 (<= z4_284 1))
(assert
 (>= z5_284 0))
(assert
 (<= z5_284 1))
(assert
 (<= (+ z1_284 z2_284 z3_284 z4_284 z5_284) 1))
(assert
 (>= z1_285 0))
(assert
 (<= z1_285 1))
(assert
 (>= z2_285 0))
(assert
 (<= z2_285 1))
(assert
 (>= z3_285 0))
(assert
 (<= z3_285 1))
(assert
 (>= z4_285 0))
(assert
 (<= z4_285 1))
(assert
 (>= z5_285 0))
(assert
 (<= z5_285 1))
(assert
 (<= (+ z1_285 z2_285 z3_285 z4_285 z5_285) 1))
(assert
 (>= z1_286 0))
(assert
 (<= z1_286 1))
(assert
 (>= z2_286 0))
(assert
 (<= z2_286 1))
(assert
 (>= z3_286 0))
(assert
 (<= z3_286 1))
(assert
 (>= z4_286 0))
(assert
 (<= z4_286 1))
(assert
 (>= z5_286 0))
(assert
 (<= z5_286 1))
(assert
 (<= (+ z1_286 z2_286 z3_286 z4_286 z5_286) 1))
(assert
 (>= z1_287 0))
(assert
 (<= z1_287 1))
(assert
 (>= z2_287 0))
(assert
 (<= z2_287 1))
(assert
 (>= z3_287 0))
(assert
 (<= z3_287 1))
(assert
 (>= z4_287 0))
(assert
 (<= z4_287 1))
(assert
 (>= z5_287 0))
(assert
 (<= z5_287 1))
(assert
 (<= (+ z1_287 z2_287 z3_287 z4_287 z5_287) 1))
(assert
 (>= z1_288 0))
(assert
 (<= z1_288 1))
(assert
 (>= z2_288 0))
(assert
 (<= z2_288 1))
(assert
 (>= z3_288 0))
(assert
 (<= z3_288 1))
(assert
 (>= z4_288 0))
(assert
 (<= z4_288 1))
(assert
 (>= z5_288 0))
(assert
 (<= z5_288 1))
(assert
 (<= (+ z1_288 z2_288 z3_288 z4_288 z5_288) 1))
(assert
 (>= z1_289 0))
(assert
 (<= z1_289 1))
(assert
 (>= z2_289 0))
(assert
 (<= z2_289 1))
(assert
 (>= z3_289 0))
(assert
 (<= z3_289 1))
(assert
 (>= z4_289 0))
(assert
 (<= z4_289 1))
(assert
 (>= z5_289 0))
(assert
 (<= z5_289 1))
(assert
 (<= (+ z1_289 z2_289 z3_289 z4_289 z5_289) 1))
(assert
 (>= z1_290 0))
(assert
 (<= z1_290 1))
(assert
 (>= z2_290 0))
(assert
 (<= z2_290 1))
(assert
 (>= z3_290 0))
(assert
 (<= z3_290 1))
(assert
 (>= z4_290 0))
(assert
 (<= z4_290 1))
(assert
 (>= z5_290 0))
(assert
 (<= z5_290 1))
(assert
 (<= (+ z1_290 z2_290 z3_290 z4_290 z5_290) 1))
(assert
 (>= z1_291 0))
(assert
 (<= z1_291 1))
(assert
 (>= z2_291 0))
(assert
 (<= z2_291 1))
(assert
 (>= z3_291 0))
(assert
 (<= z3_291 1))
(assert
 (>= z4_291 0))
(assert
 (<= z4_291 1))
(assert
 (>= z5_291 0))
(assert
 (<= z5_291 1))
(assert
 (<= (+ z1_291 z2_291 z3_291 z4_291 z5_291) 1))
(assert
 (>= z1_292 0))
(assert
 (<= z1_292 1))
(assert
 (>= z2_292 0))
(assert
 (<= z2_292 1))
(assert
 (>= z3_292 0))
(assert
 (<= z3_292 1))
(assert
 (>= z4_292 0))
(assert
 (<= z4_292 1))
(assert
 (>= z5_292 0))
(assert
 (<= z5_292 1))
(assert
 (<= (+ z1_292 z2_292 z3_292 z4_292 z5_292) 1))
(assert
 (>= z1_293 0))
(assert
 (<= z1_293 1))
(assert
 (>= z2_293 0))
(assert
 (<= z2_293 1))
(assert
 (>= z3_293 0))
(assert
 (<= z3_293 1))
(assert
 (>= z4_293 0))
(assert
 (<= z4_293 1))
(assert
 (>= z5_293 0))
(assert
 (<= z5_293 1))
(assert
 (<= (+ z1_293 z2_293 z3_293 z4_293 z5_293) 1))
(assert
 (>= z1_294 0))
(assert
 (<= z1_294 1))
(assert
 (>= z2_294 0))
(assert
 (<= z2_294 1))
(assert
 (>= z3_294 0))
(assert
 (<= z3_294 1))
(assert
 (>= z4_294 0))
(assert
 (<= z4_294 1))
(assert
 (>= z5_294 0))
(assert
 (<= z5_294 1))
(assert
 (<= (+ z1_294 z2_294 z3_294 z4_294 z5_294) 1))
(assert
 (>= z1_295 0))
(assert
 (<= z1_295 1))
(assert
 (>= z2_295 0))
(assert
 (<= z2_295 1))
(assert
 (>= z3_295 0))
(assert
 (<= z3_295 1))
(assert
 (>= z4_295 0))
(assert
 (<= z4_295 1))
(assert
 (>= z5_295 0))
(assert
 (<= z5_295 1))
(assert
 (<= (+ z1_295 z2_295 z3_295 z4_295 z5_295) 1))
(assert
 (>= z1_296 0))
(assert
 (<= z1_296 1))
(assert
 (>= z2_296 0))
(assert
 (<= z2_296 1))
(assert
 (>= z3_296 0))
(assert
 (<= z3_296 1))
(assert
 (>= z4_296 0))
(assert
 (<= z4_296 1))
(assert
 (>= z5_296 0))
(assert
 (<= z5_296 1))
(assert
 (<= (+ z1_296 z2_296 z3_296 z4_296 z5_296) 1))
(assert
 (>= z1_297 0))
(assert
 (<= z1_297 1))
(assert
 (>= z2_297 0))
(assert
 (<= z2_297 1))
(assert
 (>= z3_297 0))
(assert
 (<= z3_297 1))
(assert
 (>= z4_297 0))
(assert
 (<= z4_297 1))
(assert
 (>= z5_297 0))
(assert
 (<= z5_297 1))
(assert
 (<= (+ z1_297 z2_297 z3_297 z4_297 z5_297) 1))
(assert
 (>= z1_298 0))
(assert
 (<= z1_298 1))
(assert
 (>= z2_298 0))
(assert
 (<= z2_298 1))
(assert
 (>= z3_298 0))
(assert
 (<= z3_298 1))
(assert
 (>= z4_298 0))
(assert
 (<= z4_298 1))
(assert
 (>= z5_298 0))
(assert
 (<= z5_298 1))
(assert
 (<= (+ z1_298 z2_298 z3_298 z4_298 z5_298) 1))
(assert
 (>= z1_299 0))
(assert
 (<= z1_299 1))
(assert
 (>= z2_299 0))
(assert
 (<= z2_299 1))
(assert
 (>= z3_299 0))
(assert
 (<= z3_299 1))
(assert
 (>= z4_299 0))
(assert
 (<= z4_299 1))
(assert
 (>= z5_299 0))
(assert
 (<= z5_299 1))
(assert
 (<= (+ z1_299 z2_299 z3_299 z4_299 z5_299) 1))
(assert
 (>= z1_300 0))
(assert
 (<= z1_300 1))
(assert
 (>= z2_300 0))
(assert
 (<= z2_300 1))
(assert
 (>= z3_300 0))
(assert
 (<= z3_300 1))
(assert
 (>= z4_300 0))
(assert
 (<= z4_300 1))
(assert
 (>= z5_300 0))
(assert
 (<= z5_300 1))
(assert
 (<= (+ z1_300 z2_300 z3_300 z4_300 z5_300) 1))
(assert
 (>= z1_301 0))
(assert
 (<= z1_301 1))
(assert
 (>= z2_301 0))
(assert
 (<= z2_301 1))
(assert
 (>= z3_301 0))
(assert
 (<= z3_301 1))
(assert
 (>= z4_301 0))
(assert
 (<= z4_301 1))
(assert
 (>= z5_301 0))
(assert
 (<= z5_301 1))
(assert
 (<= (+ z1_301 z2_301 z3_301 z4_301 z5_301) 1))
(assert
 (>= z1_302 0))
(assert
 (<= z1_302 1))
(assert
 (>= z2_302 0))
(assert
 (<= z2_302 1))
(assert
 (>= z3_302 0))
(assert
 (<= z3_302 1))
(assert
 (>= z4_302 0))
(assert
 (<= z4_302 1))
(assert
 (>= z5_302 0))
(assert
 (<= z5_302 1))
(assert
 (<= (+ z1_302 z2_302 z3_302 z4_302 z5_302) 1))
(assert
 (>= z1_303 0))
(assert
 (<= z1_303 1))
(assert
 (>= z2_303 0))
(assert
 (<= z2_303 1))
(assert
 (>= z3_303 0))
(assert
 (<= z3_303 1))
(assert
 (>= z4_303 0))
(assert
 (<= z4_303 1))
(assert
 (>= z5_303 0))
(assert
 (<= z5_303 1))
(assert
 (<= (+ z1_303 z2_303 z3_303 z4_303 z5_303) 1))
(assert
 (>= z1_304 0))
(assert
 (<= z1_304 1))
(assert
 (>= z2_304 0))
(assert
 (<= z2_304 1))
(assert
 (>= z3_304 0))
(assert
 (<= z3_304 1))
(assert
 (>= z4_304 0))
(assert
 (<= z4_304 1))
(assert
 (>= z5_304 0))
(assert
 (<= z5_304 1))
(assert
 (<= (+ z1_304 z2_304 z3_304 z4_304 z5_304) 1))
(assert
 (>= z1_305 0))
(assert
 (<= z1_305 1))
(assert
 (>= z2_305 0))
(assert
 (<= z2_305 1))
(assert
 (>= z3_305 0))
(assert
 (<= z3_305 1))
(assert
 (>= z4_305 0))
(assert
 (<= z4_305 1))
(assert
 (>= z5_305 0))
(assert
 (<= z5_305 1))
(assert
 (<= (+ z1_305 z2_305 z3_305 z4_305 z5_305) 1))
(assert
 (>= z1_306 0))
(assert
 (<= z1_306 1))
(assert
 (>= z2_306 0))
(assert
 (<= z2_306 1))
(assert
 (>= z3_306 0))
(assert
 (<= z3_306 1))
(assert
 (>= z4_306 0))
(assert
 (<= z4_306 1))
(assert
 (>= z5_306 0))
(assert
 (<= z5_306 1))
(assert
 (<= (+ z1_306 z2_306 z3_306 z4_306 z5_306) 1))
(assert
 (>= z1_307 0))
(assert
 (<= z1_307 1))
(assert
 (>= z2_307 0))
(assert
 (<= z2_307 1))
(assert
 (>= z3_307 0))
(assert
 (<= z3_307 1))
(assert
 (>= z4_307 0))
(assert
 (<= z4_307 1))
(assert
 (>= z5_307 0))
(assert
 (<= z5_307 1))
(assert
 (<= (+ z1_307 z2_307 z3_307 z4_307 z5_307) 1))
(assert
 (>= z1_308 0))
(assert
 (<= z1_308 1))
(assert
 (>= z2_308 0))
(assert
 (<= z2_308 1))
(assert
 (>= z3_308 0))
(assert
 (<= z3_308 1))
(assert
 (>= z4_308 0))
(assert
 (<= z4_308 1))
(assert
 (>= z5_308 0))
(assert
 (<= z5_308 1))
(assert
 (<= (+ z1_308 z2_308 z3_308 z4_308 z5_308) 1))
(assert
 (>= z1_309 0))
(assert
 (<= z1_309 1))
(assert
 (>= z2_309 0))
(assert
 (<= z2_309 1))
(assert
 (>= z3_309 0))
(assert
 (<= z3_309 1))
(assert
 (>= z4_309 0))
(assert
 (<= z4_309 1))
(assert
 (>= z5_309 0))
(assert
 (<= z5_309 1))
(assert
 (<= (+ z1_309 z2_309 z3_309 z4_309 z5_309) 1))
(assert
 (>= z1_310 0))
(assert
 (<= z1_310 1))
(assert
 (>= z2_310 0))
(assert
 (<= z2_310 1))
(assert
 (>= z3_310 0))
(assert
 (<= z3_310 1))
(assert
 (>= z4_310 0))
(assert
 (<= z4_310 1))
(assert
 (>= z5_310 0))
(assert
 (<= z5_310 1))
(assert
 (<= (+ z1_310 z2_310 z3_310 z4_310 z5_310) 1))
(assert
 (>= z1_311 0))
(assert
 (<= z1_311 1))
(assert
 (>= z2_311 0))
(assert
 (<= z2_311 1))
(assert
 (>= z3_311 0))
(assert
 (<= z3_311 1))
(assert
 (>= z4_311 0))
(assert
 (<= z4_311 1))
(assert
 (>= z5_311 0))
(assert
 (<= z5_311 1))
(assert
 (<= (+ z1_311 z2_311 z3_311 z4_311 z5_311) 1))
(assert
 (>= z1_312 0))
(assert
 (<= z1_312 1))
(assert
 (>= z2_312 0))
(assert
 (<= z2_312 1))
(assert
 (>= z3_312 0))
(assert
 (<= z3_312 1))
(assert
 (>= z4_312 0))
(assert
 (<= z4_312 1))
(assert
 (>= z5_312 0))
(assert
 (<= z5_312 1))
(assert
 (<= (+ z1_312 z2_312 z3_312 z4_312 z5_312) 1))
(assert
 (>= z1_313 0))
(assert
 (<= z1_313 1))
(assert
 (>= z2_313 0))
(assert
 (<= z2_313 1))
(assert
 (>= z3_313 0))
(assert
 (<= z3_313 1))
(assert
 (>= z4_313 0))
(assert
 (<= z4_313 1))
(assert
 (>= z5_313 0))
(assert
 (<= z5_313 1))
(assert
 (<= (+ z1_313 z2_313 z3_313 z4_313 z5_313) 1))
(assert
 (>= z1_314 0))
(assert
 (<= z1_314 1))
(assert
 (>= z2_314 0))
(assert
 (<= z2_314 1))
(assert
 (>= z3_314 0))
(assert
 (<= z3_314 1))
(assert
 (>= z4_314 0))
(assert
 (<= z4_314 1))
(assert
 (>= z5_314 0))
(assert
 (<= z5_314 1))
(assert
 (<= (+ z1_314 z2_314 z3_314 z4_314 z5_314) 1))
(assert
 (>= z1_315 0))
(assert
 (<= z1_315 1))
(assert
 (>= z2_315 0))
(assert
 (<= z2_315 1))
(assert
 (>= z3_315 0))
(assert
 (<= z3_315 1))
(assert
 (>= z4_315 0))
(assert
 (<= z4_315 1))
(assert
 (>= z5_315 0))
(assert
 (<= z5_315 1))
(assert
 (<= (+ z1_315 z2_315 z3_315 z4_315 z5_315) 1))
(assert
 (>= z1_316 0))
(assert
 (<= z1_316 1))
(assert
 (>= z2_316 0))
(assert
 (<= z2_316 1))
(assert
 (>= z3_316 0))
(assert
 (<= z3_316 1))
(assert
 (>= z4_316 0))
(assert
 (<= z4_316 1))
(assert
 (>= z5_316 0))
(assert
 (<= z5_316 1))
(assert
 (<= (+ z1_316 z2_316 z3_316 z4_316 z5_316) 1))
(assert
 (>= z1_317 0))
(assert
 (<= z1_317 1))
(assert
 (>= z2_317 0))
(assert
 (<= z2_317 1))
(assert
 (>= z3_317 0))
(assert
 (<= z3_317 1))
(assert
 (>= z4_317 0))
(assert
 (<= z4_317 1))
(assert
 (>= z5_317 0))
(assert
 (<= z5_317 1))
(assert
 (<= (+ z1_317 z2_317 z3_317 z4_317 z5_317) 1))
(assert
 (>= z1_318 0))
(assert
 (<= z1_318 1))
(assert
 (>= z2_318 0))
(assert
 (<= z2_318 1))
(assert
 (>= z3_318 0))
(assert
 (<= z3_318 1))
(assert
 (>= z4_318 0))
(assert
 (<= z4_318 1))
(assert
 (>= z5_318 0))
(assert
 (<= z5_318 1))
(assert
 (<= (+ z1_318 z2_318 z3_318 z4_318 z5_318) 1))
(assert
 (>= z1_319 0))
(assert
 (<= z1_319 1))
(assert
 (>= z2_319 0))
(assert
 (<= z2_319 1))
(assert
 (>= z3_319 0))
(assert
 (<= z3_319 1))
(assert
 (>= z4_319 0))
(assert
 (<= z4_319 1))
(assert
 (>= z5_319 0))
(assert
 (<= z5_319 1))
(assert
 (<= (+ z1_319 z2_319 z3_319 z4_319 z5_319) 1))
(assert
 false)
(check-sat)
