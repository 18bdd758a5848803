<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AccuracyPlot</name>
        <message>
            <location filename="../../../ui/training/plots.py" line="364" />
            <source>accuracy (%)</source>
            <translation>正解率（%）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="364" />
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="366" />
            <source>training data</source>
            <translation>訓練データ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="367" />
            <source>test data</source>
            <translation>テストデータ</translation>
        </message>
    </context>
    <context>
        <name>ConfusionMatrixView</name>
        <message>
            <location filename="../../../ui/training/results.py" line="72" />
            <source>The confusion matrix appears when training ends
(or press Evaluate).</source>
            <translation>混同行列は学習が終わると表示されます
（または「評価」を押してください）。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/results.py" line="84" />
            <source>predicted →</source>
            <translation>予測 →</translation>
        </message>
        <message>
            <location filename="../../../ui/training/results.py" line="89" />
            <source>true label →</source>
            <translation>正解ラベル →</translation>
        </message>
        <message>
            <location filename="../../../ui/training/results.py" line="122" />
            <source>accuracy</source>
            <translation>正解率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/results.py" line="148" />
            <source>%1 test images of %2 classified as %3</source>
            <translation>%2 のテスト画像のうち %1 枚を %3 と分類</translation>
        </message>
    </context>
    <context>
        <name>CurvesPanel</name>
        <message>
            <location filename="../../../ui/training/panels.py" line="166" />
            <source>Loss (cross-entropy error)</source>
            <translation>損失（交差エントロピー誤差）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="167" />
            <source>Accuracy</source>
            <translation>正解率</translation>
        </message>
    </context>
    <context>
        <name>HistogramGrid</name>
        <message>
            <location filename="../../../ui/training/inside.py" line="181" />
            <source>after the first step</source>
            <translation>最初の更新の後に表示</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="182" />
            <source>output y</source>
            <translation>出力 y</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="183" />
            <source>%1% zeros</source>
            <translation>0 が %1%</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="184" />
            <source>Affine %1 (%2→%3)</source>
            <translation>Affine %1（%2→%3）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="185" />
            <source>weights W</source>
            <translation>重み W</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="185" />
            <source>activations</source>
            <translation>活性化</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="186" />
            <source>gradient ∂L/∂W</source>
            <translation>勾配 ∂L/∂W</translation>
        </message>
        <message>
            <location filename="../../../ui/training/inside.py" line="180" />
            <source>Histograms appear when training starts.</source>
            <translation>ヒストグラムは学習を始めると表示されます。</translation>
        </message>
    </context>
    <context>
        <name>InsidePage</name>
        <message>
            <location filename="../../../ui/training/panels.py" line="191" />
            <source>Histograms per Affine layer</source>
            <translation>Affine 層ごとのヒストグラム</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="192" />
            <source>First-layer weights</source>
            <translation>第 1 層の重み</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="193" />
            <source>One tile per unit: blue pixels raise its input, orange ones lower it.</source>
            <translation>1 マスが 1 ユニット：青の画素はその入力を大きく、オレンジの画素は小さくします。</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <location filename="../../../ui/training/plots.py" line="298" />
            <source>loss L</source>
            <translation>損失 L</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="298" />
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="299" />
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="301" />
            <source>mini-batch</source>
            <translation>ミニバッチ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="302" />
            <source>moving average</source>
            <translation>移動平均</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="303" />
            <source>training data</source>
            <translation>訓練データ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/plots.py" line="304" />
            <source>test data</source>
            <translation>テストデータ</translation>
        </message>
    </context>
    <context>
        <name>MistakesView</name>
        <message>
            <location filename="../../../ui/training/results.py" line="196" />
            <source>Misclassified test images appear here.</source>
            <translation>誤分類したテスト画像がここに表示されます。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/results.py" line="201" />
            <source>No mistakes on the test set.</source>
            <translation>テストデータに誤りはありません。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/results.py" line="249" />
            <source>Test image #%1: predicted %2 (%3% sure), true label %4</source>
            <translation>テスト画像 #%1：予測 %2（確信度 %3%）、正解 %4</translation>
        </message>
    </context>
    <context>
        <name>ModelFiles</name>
        <message>
            <location filename="../../../ui/training/model_files.py" line="29" />
            <source>Open model</source>
            <translation>モデルを開く</translation>
        </message>
        <message>
            <location filename="../../../ui/training/model_files.py" line="30" />
            <location filename="../../../ui/training/model_files.py" line="46" />
            <source>NN Lab models (*.npz)</source>
            <translation>NN Lab モデル (*.npz)</translation>
        </message>
        <message>
            <location filename="../../../ui/training/model_files.py" line="39" />
            <source>The model cannot be opened</source>
            <translation>モデルを開けません</translation>
        </message>
        <message>
            <location filename="../../../ui/training/model_files.py" line="45" />
            <source>Save model</source>
            <translation>モデルを保存</translation>
        </message>
        <message>
            <location filename="../../../ui/training/model_files.py" line="58" />
            <source>The model could not be saved</source>
            <translation>モデルを保存できませんでした</translation>
        </message>
    </context>
    <context>
        <name>NetworkSource</name>
        <message>
            <location filename="../../../ui/training/source.py" line="112" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="113" />
            <source>Design: %1</source>
            <translation>設計：%1</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="116" />
            <source>Model: %1</source>
            <translation>モデル：%1</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="129" />
            <source>No design yet: build one in the Designer tab, or open a model.</source>
            <translation>まだ設計がありません。設計タブでネットワークを作るか、モデルを開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../ui/training/source.py" line="137" />
            <source>⚠ The design has %n problem(s): fix them in the Designer.</source>
            <translation>
                <numerusform>⚠ 設計に %n 件の問題があります。設計タブで直してください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="142" />
            <source>%1 · %2 weights and biases</source>
            <translation>%1 · 重みとバイアス %2 個</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="149" />
            <source>test accuracy when saved: %1%</source>
            <translation>保存時のテスト正解率：%1%</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="154" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="155" />
            <source>Open model…</source>
            <translation>モデルを開く…</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="156" />
            <source>Open a trained model (.npz) to train it further, evaluate it or test it</source>
            <translation>学習済みモデル（.npz）を開いて、続けて学習・評価・テストします</translation>
        </message>
        <message>
            <location filename="../../../ui/training/source.py" line="158" />
            <source>Train the Designer's current design (a copy: you can keep editing it) or the opened model</source>
            <translation>設計タブの現在の設計（コピーなので編集を続けられます）か、開いたモデルを学習します</translation>
        </message>
    </context>
    <context>
        <name>ResultBox</name>
        <message>
            <location filename="../../../ui/training/panels.py" line="136" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="137" />
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="138" />
            <source>Save the model (.npz) with its settings and accuracy</source>
            <translation>モデル（.npz）を設定と正解率とともに保存します</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="139" />
            <source>Draw</source>
            <translation>手書き</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="140" />
            <source>Test the model on digits you draw (Draw tab)</source>
            <translation>手書きした数字でモデルを試します（手書きタブ）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="141" />
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="142" />
            <source>Walk one sample through the model, layer by layer</source>
            <translation>1 つのサンプルを 1 層ずつモデルに通して見ます</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../../../ui/training/panels.py" line="241" />
            <source>No results yet: train a network, or open a model and press Evaluate.</source>
            <translation>結果はまだありません。ネットワークを学習するか、モデルを開いて「評価」を押してください。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="245" />
            <source>Test accuracy %1%: %2 of %3 test images right, %4 wrong.</source>
            <translation>テスト正解率 %1%：テスト画像 %3 枚のうち %2 枚正解、%4 枚不正解。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="250" />
            <source>Confusion matrix and accuracy per digit</source>
            <translation>混同行列と数字ごとの正解率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="252" />
            <source>Confusion matrix and accuracy per class</source>
            <translation>混同行列とクラスごとの正解率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="253" />
            <source>Mistakes: prediction (true label), surest first</source>
            <translation>誤分類：予測（正解ラベル）、確信度の高い順</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="254" />
            <source>Evaluate</source>
            <translation>評価</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="255" />
            <source>Run the model over the test set now</source>
            <translation>今のモデルでテストデータ全体を評価します</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <location filename="../../../ui/training/panels.py" line="94" />
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="94" />
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="97" />
            <source>Start</source>
            <translation>学習開始</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="98" />
            <source>Train a copy of the network with these settings</source>
            <translation>この設定でネットワークのコピーを学習します</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="99" />
            <source>Pause after the current mini-batch, or go on</source>
            <translation>今のミニバッチの後で一時停止、または再開します</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="100" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../../ui/training/panels.py" line="101" />
            <source>Stop after the current mini-batch; the weights learnt so far are kept</source>
            <translation>今のミニバッチの後で止めます。それまでに学習した重みは残ります</translation>
        </message>
    </context>
    <context>
        <name>RunSetup</name>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="40" />
            <source>Nothing to train</source>
            <translation>学習するものがありません</translation>
        </message>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="41" />
            <source>There is no design yet: build a network in the Designer tab or open a model.</source>
            <translation>まだ設計がありません。設計タブでネットワークを作るか、モデルを開いてください。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="48" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="49" />
            <source>Layer %1</source>
            <translation>層 %1</translation>
        </message>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="52" />
            <source>The design has problems: fix them in the Designer</source>
            <translation>設計に問題があります。設計タブで直してください</translation>
        </message>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="56" />
            <source>This network cannot learn MNIST</source>
            <translation>このネットワークでは MNIST を学習できません</translation>
        </message>
        <message>
            <location filename="../../../ui/training/run_setup.py" line="68" />
            <source>The network cannot be built</source>
            <translation>ネットワークを作れません</translation>
        </message>
    </context>
    <context>
        <name>RunsPage</name>
        <message>
            <location filename="../../../ui/training/panels.py" line="274" />
            <source>Tick a run to draw its curves (dashed) next to the current one.</source>
            <translation>チェックを入れた実行の曲線を、今の曲線と並べて（破線で）表示します。</translation>
        </message>
    </context>
    <context>
        <name>RunsTable</name>
        <message>
            <location filename="../../../ui/training/runs.py" line="113" />
            <source>Run %1</source>
            <translation>実行 %1</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="117" />
            <source>Run %1 (now)</source>
            <translation>実行 %1（実行中）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="141" />
            <source>running</source>
            <translation>実行中</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="141" />
            <source>finished</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="142" />
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="142" />
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="143" />
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="155" />
            <source>Run</source>
            <translation>実行</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="155" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="155" />
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="155" />
            <source>Learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="156" />
            <source>Batch × epochs</source>
            <translation>バッチ × エポック</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="156" />
            <source>Test accuracy</source>
            <translation>テスト正解率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/runs.py" line="156" />
            <source>Result</source>
            <translation>結果</translation>
        </message>
    </context>
    <context>
        <name>TrainControls</name>
        <message>
            <location filename="../../../ui/training/controls.py" line="310" />
            <source>Momentum α</source>
            <translation>モーメンタム α</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="310" />
            <source>Decay rate ρ</source>
            <translation>減衰率 ρ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="311" />
            <source>β₁</source>
            <translation>β₁</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="311" />
            <source>β₂</source>
            <translation>β₂</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="312" />
            <source>v ← αv − η∂L/∂W: how much of the last step is kept</source>
            <translation>v ← αv − η∂L/∂W：前回の更新をどれだけ残すか</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="313" />
            <source>h ← ρh + (1 − ρ)(∂L/∂W)²: how fast old gradients fade</source>
            <translation>h ← ρh + (1 − ρ)(∂L/∂W)²：古い勾配をどれだけ速く忘れるか</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="314" />
            <source>Decay of the gradient's moving average m</source>
            <translation>勾配の移動平均 m の減衰率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="315" />
            <source>Decay of the squared gradient's moving average v</source>
            <translation>勾配の 2 乗の移動平均 v の減衰率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="326" />
            <source>MNIST (bundled)</source>
            <translation>MNIST（同梱）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="330" />
            <source>Other folder…</source>
            <translation>別のフォルダ…</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="332" />
            <source>A folder with train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (raw or .gz), e.g. Fashion-MNIST</source>
            <translation>train-images-idx3-ubyte・train-labels-idx1-ubyte・t10k-images-idx3-ubyte・t10k-labels-idx1-ubyte（そのままか .gz）を含むフォルダ。例：Fashion-MNIST</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="342" />
            <source>Folder with MNIST-format files</source>
            <translation>MNIST 形式のファイルがあるフォルダ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="353" />
            <source>The share of units every Dropout layer switches off while training</source>
            <translation>学習中に各 Dropout 層が消去するユニットの割合</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="355" />
            <source>This network has no Dropout layer</source>
            <translation>このネットワークには Dropout 層がありません</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="420" />
            <source>Keep the model's weights</source>
            <translation>モデルの重みを使う</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="421" />
            <source>As in the design</source>
            <translation>設計のとおり</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="422" />
            <source>He: σ = √(2/n)</source>
            <translation>He：σ = √(2/n)</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="422" />
            <source>Xavier: σ = √(1/n)</source>
            <translation>Xavier：σ = √(1/n)</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="423" />
            <source>Gaussian: σ = 0.01</source>
            <translation>ガウス分布：σ = 0.01</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="428" />
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="429" />
            <source>Dataset</source>
            <translation>データセット</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="430" />
            <source>Training images</source>
            <translation>訓練画像の数</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="431" />
            <source>all</source>
            <translation>すべて</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="433" />
            <source>Train on only this many images (picked at random with the seed) for a quick experiment; the test set is always complete</source>
            <translation>手早く試すために、この枚数の画像だけで学習します（シードでランダムに選びます）。テストデータは常に全部使います</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="436" />
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="437" />
            <source>Method</source>
            <translation>手法</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="438" />
            <source>Learning rate η</source>
            <translation>学習率 η</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="439" />
            <source>W ← W − η ∂L/∂W: the size of each step</source>
            <translation>W ← W − η ∂L/∂W：1 回の更新の大きさ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="440" />
            <source>Weight decay λ</source>
            <translation>荷重減衰 λ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="441" />
            <source>off</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="442" />
            <source>Adds ½λ‖W‖² to the loss: keeps the weights small against overfitting</source>
            <translation>損失に ½λ‖W‖² を加えて重みを小さく保ち、過学習を抑えます</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="445" />
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="446" />
            <source>Epochs</source>
            <translation>エポック数</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="447" />
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="448" />
            <source>Initial weights</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="450" />
            <source>Dropout ratio</source>
            <translation>ドロップアウト率</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="452" />
            <source>Augment images (shift, rotate, scale)</source>
            <translation>データ拡張（移動・回転・拡大縮小）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="454" />
            <source>Each training image is moved, turned and resized a little at random, every epoch anew: helps with digits drawn by hand</source>
            <translation>訓練画像をエポックごとにランダムに少し移動・回転・拡大縮小します。手書きの数字に強くなります</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="456" />
            <source>Random seed</source>
            <translation>乱数シード</translation>
        </message>
        <message>
            <location filename="../../../ui/training/controls.py" line="457" />
            <source>The same seed gives the same initial weights, batches and result</source>
            <translation>同じシードなら重みの初期値・バッチ・結果も同じになります</translation>
        </message>
    </context>
    <context>
        <name>TrainTab</name>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="96" />
            <source>Model saved to %1</source>
            <translation>モデルを %1 に保存しました</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="231" />
            <source>Loading the data…</source>
            <translation>データを読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="274" />
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="296" />
            <source>Training on %1 images…</source>
            <translation>%1 枚の画像で学習しています…</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="310" />
            <source>Epoch %1/%2 · %3 images/s · %4 left</source>
            <translation>エポック %1/%2 · %3 枚/秒 · 残り %4</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="317" />
            <source>Training: %1</source>
            <translation>学習中：%1</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="337" />
            <source>The loss is growing instead of falling</source>
            <translation>損失が下がらず、大きくなっています</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="338" />
            <source>The learning rate η = %1 is probably too high: every step jumps past the minimum, so the loss rises instead of falling. Stop and try a smaller learning rate, e.g. %2.</source>
            <translation>学習率 η = %1 が大きすぎるようです。1 回の更新で最小値を飛び越えるため、損失が下がらずに上がります。止めて、小さい学習率（例：%2）で試してください。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="342" />
            <source>Stop and use learning rate %1</source>
            <translation>止めて学習率を %1 にする</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="361" />
            <source>Paused. Press Resume to go on.</source>
            <translation>一時停止中。「再開」で続けます。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="380" />
            <source>Training diverged at epoch %1, step %2</source>
            <translation>エポック %1、ステップ %2 で学習が発散しました</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="383" />
            <source>Use learning rate %1</source>
            <translation>学習率を %1 にする</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="388" />
            <source>Training could not run</source>
            <translation>学習を実行できませんでした</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="442" />
            <source>Run %1 (%2)</source>
            <translation>実行 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="448" />
            <source>Training finished. Test accuracy %1%.</source>
            <translation>学習が完了しました。テスト正解率 %1%。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="449" />
            <source>Training stopped. Test accuracy %1%.</source>
            <translation>学習を停止しました。テスト正解率 %1%。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="452" />
            <source>Training finished.</source>
            <translation>学習が完了しました。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="453" />
            <source>Training stopped.</source>
            <translation>学習を停止しました。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="454" />
            <source>Training diverged: the weights of the last good step are kept.</source>
            <translation>学習が発散しました。最後に正常だったステップの重みを残しています。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="455" />
            <source>Training could not run.</source>
            <translation>学習を実行できませんでした。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="484" />
            <source>Evaluation failed</source>
            <translation>評価に失敗しました</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="532" />
            <source>Train a network or open a model to save it, test it in the Draw tab or step through it.</source>
            <translation>ネットワークを学習するかモデルを開くと、保存・手書きタブでのテスト・ステップ実行ができます。</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="538" />
            <source>Opened model: %1, test accuracy %2</source>
            <translation>開いたモデル：%1、テスト正解率 %2</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="542" />
            <source>Run %1: %2, test accuracy %3</source>
            <translation>実行 %1：%2、テスト正解率 %3</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="573" />
            <source>Inside the network</source>
            <translation>ネットワークの内部</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="574" />
            <source>Test results</source>
            <translation>テスト結果</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="575" />
            <source>Runs</source>
            <translation>実行の比較</translation>
        </message>
        <message>
            <location filename="../../../ui/training/train_tab.py" line="587" />
            <source>Ready.</source>
            <translation>準備完了。</translation>
        </message>
    </context>
    <context>
        <name>WeightTiles</name>
        <message>
            <location filename="../../../ui/training/inside.py" line="250" />
            <source>The first layer's weights appear here when its input is a 28×28 image.</source>
            <translation>入力が 28×28 の画像のとき、第 1 層の重みがここに表示されます。</translation>
        </message>
    </context>
</TS>